package org.goodenough.ui;

import org.goodenough.domain.Stakes;
import org.goodenough.planner.PlanInput;

/** Plans for ladders in window tests. */
final class LadderPlannerFixture {

    private LadderPlannerFixture() {
    }

    static PlanInput rung(String mistake, String expectedDistress, Long ladderId) {
        return new PlanInput(mistake, null, Stakes.LOW, null, null, null, null, null,
                expectedDistress, null, null, null, ladderId);
    }
}
