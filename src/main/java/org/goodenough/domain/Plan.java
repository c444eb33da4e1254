package org.goodenough.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What a person decides before making a mistake on purpose. Only the mistake is required;
 * every other component is {@code null} when skipped.
 *
 * @param mistake          the mistake I will make on purpose
 * @param category         the life area it belongs to
 * @param stakes           low, medium or high
 * @param date             the day it is planned for
 * @param time             the time of day, if any
 * @param place            where, or with whom
 * @param fearedOutcome    what I fear will happen (the prediction)
 * @param likelihood       how likely the feared outcome seems beforehand
 * @param expectedDistress how distressing I expect it to be
 * @param safetyBehaviour  the safety behaviour I will drop
 * @param copingPlan       how I will handle the discomfort
 * @param selfCompassion   my self-compassion line
 * @param ladderId         the ladder this exposure is a rung of
 */
public record Plan(
        String mistake,
        Category category,
        Stakes stakes,
        LocalDate date,
        LocalTime time,
        String place,
        String fearedOutcome,
        Percent likelihood,
        Suds expectedDistress,
        String safetyBehaviour,
        String copingPlan,
        String selfCompassion,
        Long ladderId) {

    /** The line a plan starts with when the person writes none of their own. */
    public static final String DEFAULT_SELF_COMPASSION = "I can handle this.";

    public Plan {
        if (mistake == null || mistake.isBlank()) {
            throw new IllegalArgumentException("A plan needs the mistake to make");
        }
    }

    /** A plan with only the mistake written and the default self-compassion line. */
    public static Plan of(String mistake) {
        return new Plan(mistake, null, null, null, null, null, null, null, null, null, null,
                DEFAULT_SELF_COMPASSION, null);
    }
}
