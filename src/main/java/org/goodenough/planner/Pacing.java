package org.goodenough.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Rung;
import org.goodenough.domain.Stakes;
import org.goodenough.domain.Suds;
import org.goodenough.planner.PacingAdvice.SmallerStep;
import org.goodenough.store.ExposureRepository;

/**
 * Gentle pacing: start small, repeat a rung before climbing. Suggestions only; the person
 * always decides. Readiness to climb rests on what the person predicted and what happened,
 * not on distress falling, which is never scored.
 */
public final class Pacing {

    /** How far, in SUDS, above everything done on a ladder counts as a big jump. */
    static final int FAR_ABOVE = 30;
    /** What a ladder with nothing done yet is compared with: a gentle start. */
    static final int GENTLE_START = 30;
    /** How many times a rung is done before climbing on is suggested. */
    static final int READY_AFTER = 3;
    /** How many of the latest noted outcomes must be "it did not happen". */
    static final int NOT_HAPPENED_IN_A_ROW = 2;
    /** How many smaller steps are offered at most. */
    static final int STEPS = 3;

    private final ExposureRepository exposures;
    private final LadderPlanner ladders;
    private final IdeaLibrary library;

    public Pacing(ExposureRepository exposures, LadderPlanner ladders, IdeaLibrary library) {
        this.exposures = exposures;
        this.ladders = ladders;
        this.library = library;
    }

    /**
     * Advice for a new plan that is high-stakes with no lower-stakes step done yet, or that
     * expects far more distress than anything done on its ladder; empty for any other plan.
     */
    public Optional<PacingAdvice> adviceFor(Plan plan) {
        List<Rung> rungs = plan.ladderId() == null ? List.of() : ladders.rungs(plan.ladderId());
        Suds expected = plan.expectedDistress();
        int highestDone = highestDoneDistress(rungs);
        boolean high = plan.stakes() == Stakes.HIGH && !lowerStakesDone(plan, rungs);
        boolean far = plan.ladderId() != null && expected != null
                && expected.value() >= (highestDone < 0 ? GENTLE_START : highestDone) + FAR_ABOVE;
        if (!high && !far) {
            return Optional.empty();
        }
        String reason;
        if (far && highestDone >= 0) {
            reason = Sentences.format("pacing.harder", expected.value(), highestDone);
        } else if (far) {
            reason = Sentences.format("pacing.big", expected.value());
        } else {
            reason = Sentences.get(plan.ladderId() == null ? "pacing.highStakes"
                    : "pacing.highStakesOnLadder");
        }
        return Optional.of(new PacingAdvice(reason + " " + Sentences.get("pacing.yourChoice"),
                smallerSteps(plan, rungs)));
    }

    private List<SmallerStep> smallerSteps(Plan plan, List<Rung> rungs) {
        List<SmallerStep> steps = new ArrayList<>();
        for (Rung rung : rungs) {
            if (steps.size() < STEPS && isLower(rung, plan) && !readyToClimb(rung)) {
                steps.add(SmallerStep.of(rung));
            }
        }
        Stakes below = plan.stakes() == null || plan.stakes() == Stakes.LOW
                ? Stakes.MEDIUM : plan.stakes();
        library.smallerThan(below, plan.category(), STEPS - steps.size())
                .forEach(idea -> steps.add(SmallerStep.of(idea)));
        return steps;
    }

    private static boolean isLower(Rung rung, Plan plan) {
        if (plan.expectedDistress() != null && rung.expectedDistress() != null) {
            return rung.expectedDistress().value() < plan.expectedDistress().value();
        }
        return plan.stakes() != null && rung.stakes() != null
                && rung.stakes().compareTo(plan.stakes()) < 0;
    }

    private boolean lowerStakesDone(Plan plan, List<Rung> rungs) {
        if (plan.ladderId() == null) {
            return exposures.anyDone(java.util.EnumSet.of(Stakes.LOW, Stakes.MEDIUM));
        }
        return rungs.stream().flatMap(rung -> rung.done().stream())
                .anyMatch(done -> done.plan().stakes() == Stakes.LOW
                        || done.plan().stakes() == Stakes.MEDIUM);
    }

    /** The highest distress expected or felt at any exposure done on the ladder; -1 if none rated. */
    private static int highestDoneDistress(List<Rung> rungs) {
        int highest = -1;
        for (Rung rung : rungs) {
            for (Exposure done : rung.done()) {
                highest = Math.max(highest, value(done.plan().expectedDistress()));
                highest = Math.max(highest, value(done.distress().peak()));
            }
        }
        return highest;
    }

    private static int value(Suds suds) {
        return suds == null ? -1 : suds.value();
    }

    /**
     * Whether a rung looks ready to climb from: done at least {@link #READY_AFTER} times, and
     * the feared outcome did not happen the last {@link #NOT_HAPPENED_IN_A_ROW} times it was
     * noted.
     */
    public static boolean readyToClimb(Rung rung) {
        List<Outcome> outcomes = rung.outcomes();
        if (rung.timesDone() < READY_AFTER || outcomes.size() < NOT_HAPPENED_IN_A_ROW) {
            return false;
        }
        return outcomes.subList(outcomes.size() - NOT_HAPPENED_IN_A_ROW, outcomes.size())
                .stream().allMatch(outcome -> outcome == Outcome.NO);
    }

    /** The first rung above {@code index} that is not itself ready, or {@code null}. */
    static Rung nextAfter(List<Rung> rungs, int index) {
        for (int i = index + 1; i < rungs.size(); i++) {
            if (!readyToClimb(rungs.get(i))) {
                return rungs.get(i);
            }
        }
        return null;
    }

    /** For a ladder in order: the highest rung that is ready, and the step after it. */
    static Optional<ClimbAdvice> climb(List<Rung> rungs) {
        for (int i = rungs.size() - 1; i >= 0; i--) {
            if (readyToClimb(rungs.get(i))) {
                return Optional.of(new ClimbAdvice(rungs.get(i), nextAfter(rungs, i)));
            }
        }
        return Optional.empty();
    }
}
