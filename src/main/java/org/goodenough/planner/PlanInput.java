package org.goodenough.planner;

import org.goodenough.domain.Category;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Stakes;

/**
 * A plan as the person typed it: text as written, and dates, times and ratings as text, since
 * they may not be what they should. Only the mistake is required.
 */
public record PlanInput(
        String mistake,
        Category category,
        Stakes stakes,
        String date,
        String time,
        String place,
        String fearedOutcome,
        String likelihood,
        String expectedDistress,
        String safetyBehaviour,
        String copingPlan,
        String selfCompassion,
        Long ladderId) {

    /** A plan with only the mistake written, and the default self-compassion line. */
    public static PlanInput of(String mistake) {
        return new PlanInput(mistake, null, null, null, null, null, null, null, null, null, null,
                Plan.DEFAULT_SELF_COMPASSION, null);
    }
}
