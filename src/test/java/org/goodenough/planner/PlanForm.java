package org.goodenough.planner;

import static org.goodenough.domain.TextLimits.LONG;
import static org.goodenough.domain.TextLimits.SHORT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.goodenough.domain.Category;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Stakes;
import org.goodenough.domain.Suds;
import org.goodenough.planner.Attempt.Expected;

/** A plan form filled in at random, with what the planner should make of each field. */
record PlanForm(Typed<String> mistake, Category category, Stakes stakes, Typed<LocalDate> date,
        Typed<LocalTime> time, Typed<String> place, Typed<String> fearedOutcome,
        Typed<Integer> likelihood, Typed<Integer> expectedDistress, Typed<String> safetyBehaviour,
        Typed<String> copingPlan, Typed<String> selfCompassion, Long ladderId,
        boolean ladderMissing) {

    static PlanForm random(HostileFields fields, PlannerState state) {
        boolean[] bad = fields.spoiled(10);
        boolean ladderMissing = state.random().nextInt(25) == 0;
        Long ladder = null;
        if (ladderMissing) {
            ladder = state.missingLadder();
        } else if (state.random().nextBoolean()) {
            ladder = state.ladderOrNull();
        }
        return new PlanForm(fields.required(SHORT, bad[0]), state.maybe(Category.values()),
                state.maybe(Stakes.values()), fields.day(bad[1]), fields.time(bad[2]),
                fields.optional(SHORT, bad[3]), fields.optional(LONG, bad[4]),
                fields.rating(bad[5]), fields.rating(bad[6]), fields.optional(SHORT, bad[7]),
                fields.optional(LONG, bad[8]), fields.optional(SHORT, bad[9]), ladder,
                ladderMissing);
    }

    PlanForm withMistake(Typed<String> newMistake) {
        return new PlanForm(newMistake, category, stakes, date, time, place, fearedOutcome,
                likelihood, expectedDistress, safetyBehaviour, copingPlan, selfCompassion,
                ladderId, ladderMissing);
    }

    PlanInput input() {
        return new PlanInput(mistake.raw(), category, stakes, date.raw(), time.raw(), place.raw(),
                fearedOutcome.raw(), likelihood.raw(), expectedDistress.raw(),
                safetyBehaviour.raw(), copingPlan.raw(), selfCompassion.raw(), ladderId);
    }

    /** Every field typed wrongly; the ladder is looked at only when nothing else is wrong. */
    Expected expected() {
        Set<Field> problems = EnumSet.noneOf(Field.class);
        add(mistake, Field.MISTAKE, problems);
        add(date, Field.DATE, problems);
        add(time, Field.TIME, problems);
        add(place, Field.PLACE, problems);
        add(fearedOutcome, Field.FEARED_OUTCOME, problems);
        add(likelihood, Field.LIKELIHOOD, problems);
        add(expectedDistress, Field.EXPECTED_DISTRESS, problems);
        add(safetyBehaviour, Field.SAFETY_BEHAVIOUR, problems);
        add(copingPlan, Field.COPING_PLAN, problems);
        add(selfCompassion, Field.SELF_COMPASSION, problems);
        if (problems.isEmpty() && ladderMissing) {
            problems.add(Field.LADDER);
        }
        return problems.isEmpty() ? Expected.SAVED : Expected.invalid(problems);
    }

    /** The plan as it should be saved. */
    Plan plan() {
        return new Plan(mistake.value(), category, stakes, date.value(), time.value(),
                place.value(), fearedOutcome.value(),
                likelihood.value() == null ? null : Percent.of(likelihood.value()),
                expectedDistress.value() == null ? null : Suds.of(expectedDistress.value()),
                safetyBehaviour.value(), copingPlan.value(), selfCompassion.value(), ladderId);
    }

    private static void add(Typed<?> typed, Field field, Set<Field> problems) {
        if (typed.refused()) {
            problems.add(field);
        }
    }

    @Override
    public String toString() {
        return "[mistake " + mistake + ", " + category + ", " + stakes + ", date " + date
                + ", time " + time + ", place " + place + ", feared " + fearedOutcome
                + ", likelihood " + likelihood + ", expected " + expectedDistress + ", safety "
                + safetyBehaviour + ", coping " + copingPlan + ", kind line " + selfCompassion
                + ", ladder " + ladderId + (ladderMissing ? " (missing)" : "") + "]";
    }
}
