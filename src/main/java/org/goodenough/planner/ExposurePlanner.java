package org.goodenough.planner;

import static org.goodenough.planner.InputCheck.LONG_TEXT;
import static org.goodenough.planner.InputCheck.SHORT_TEXT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Reflection;
import org.goodenough.store.ExposureRepository;
import org.goodenough.store.LadderRepository;
import org.goodenough.store.StoreException;
import org.goodenough.store.Reason;

/**
 * The exposure-planner service: plan a mistake, do it, reflect on it, repeat it. Input is
 * checked here, so every way into the journal (window, import, command line) gets the same
 * rules and the same messages.
 */
public final class ExposurePlanner {

    private final ExposureRepository exposures;
    private final LadderRepository ladders;
    private final Clock clock;

    public ExposurePlanner(ExposureRepository exposures, LadderRepository ladders, Clock clock) {
        this.exposures = exposures;
        this.ladders = ladders;
        this.clock = clock;
    }

    /** Saves a new plan. Only the mistake is required. */
    public Exposure plan(PlanInput input) {
        return exposures.add(toPlan(input), null, now());
    }

    /** Changes a plan. Moving it to another ladder moves its whole series of repeats. */
    public Exposure edit(long id, PlanInput input) {
        Plan plan = toPlan(input);
        existing(id);
        return exposures.updatePlan(id, plan, now());
    }

    /** Marks an exposure done, with whichever distress ratings the person gave. */
    public Exposure markDone(long id, DistressInput input) {
        InputCheck check = new InputCheck();
        Distress distress = new Distress(
                check.suds(Field.DISTRESS_BEFORE, input.before()),
                check.suds(Field.DISTRESS_PEAK, input.peak()),
                check.suds(Field.DISTRESS_AFTER, input.after()));
        check.complete();
        Exposure exposure = existing(id);
        Instant now = now();
        Instant doneAt = exposure.doneAt() == null ? now : exposure.doneAt();
        return exposures.updateDoing(id, ExposureStatus.DONE, doneAt, distress, now);
    }

    /** Sets a plan aside for now, without blame; it can be planned again any time. */
    public Exposure notNow(long id) {
        return moveTo(existing(id), ExposureStatus.NOT_NOW, ExposureStatus.PLANNED);
    }

    /** Archives a plan the person no longer wants to do. */
    public Exposure letGo(long id) {
        return moveTo(existing(id), ExposureStatus.LET_GO, ExposureStatus.PLANNED,
                ExposureStatus.NOT_NOW);
    }

    /** Brings a plan set aside, or let go, back to the upcoming list. */
    public Exposure planAgain(long id) {
        return moveTo(existing(id), ExposureStatus.PLANNED, ExposureStatus.NOT_NOW,
                ExposureStatus.LET_GO);
    }

    /** Saves a reflection on a done exposure; any part may be left empty. */
    public Exposure reflect(long id, ReflectionInput input) {
        InputCheck check = new InputCheck();
        Reflection reflection = new Reflection(
                check.optional(Field.WHAT_HAPPENED, input.whatHappened(), LONG_TEXT),
                input.outcome(),
                check.optional(Field.FELT, input.felt(), LONG_TEXT),
                check.optional(Field.WORSE, input.worse(), LONG_TEXT),
                check.optional(Field.BETTER, input.better(), LONG_TEXT),
                check.optional(Field.LEARNED, input.learned(), LONG_TEXT),
                check.percent(Field.LIKELIHOOD_AFTER, input.likelihoodAfter()),
                now());
        check.complete();
        Exposure exposure = existing(id);
        if (!exposure.isDone()) {
            throw new NotPossibleNowException(Reason.of("notNow.reflectBeforeDone"),
                    "Mark the exposure as done before reflecting on it.");
        }
        return exposures.saveReflection(id, reflection, reflection.reflectedAt());
    }

    /**
     * Plans the same mistake again as part of the same series. The new plan starts from the
     * latest likelihood the person gave, and has no date yet.
     */
    public Exposure repeat(long id) {
        Exposure source = existing(id);
        if (!source.isDone()) {
            throw new NotPossibleNowException(Reason.of("notNow.repeatNotDone"),
                    "Only an exposure that is done can be repeated.");
        }
        Plan plan = source.plan();
        Reflection reflection = source.reflection();
        Plan again = new Plan(plan.mistake(), plan.category(), plan.stakes(), null, null,
                plan.place(), plan.fearedOutcome(),
                reflection != null && reflection.likelihoodAfter() != null
                        ? reflection.likelihoodAfter() : plan.likelihood(),
                plan.expectedDistress(), plan.safetyBehaviour(), plan.copingPlan(),
                plan.selfCompassion(), plan.ladderId());
        return exposures.add(again, source.seriesId(), now());
    }

    public Optional<Exposure> find(long id) {
        return exposures.find(id);
    }

    /** One page of a section of the journal. */
    public List<Exposure> list(JournalSection section, int offset, int limit) {
        return exposures.list(section, offset, limit);
    }

    /** How many exposures a section of the journal holds. */
    public int count(JournalSection section) {
        return exposures.count(section);
    }

    /**
     * At most {@code limit} plans for today, and earlier ones still waiting (neither done nor
     * set aside), earliest first; "today" is the day of this planner's clock.
     */
    public List<Exposure> waitingToday(int limit) {
        return exposures.waitingOn(LocalDate.now(clock), limit);
    }

    /**
     * At most {@code limit} plans still waiting with a day and a time at or after {@code from}
     * (a local date and time, to the second), soonest first.
     */
    public List<Exposure> timedFrom(LocalDateTime from, int limit) {
        return exposures.timedFrom(from.truncatedTo(ChronoUnit.SECONDS), limit);
    }

    /** The series an exposure belongs to, first to latest; just itself when never repeated. */
    public List<Exposure> series(long id) {
        return exposures.series(existing(id).seriesId());
    }

    /** Says what deleting would remove; pass the answer to {@link #delete} once confirmed. */
    public DeletionRequest askToDelete(long id) {
        Exposure exposure = existing(id);
        StringBuilder consequence = new StringBuilder(exposure.hasReflection()
                ? "This removes the plan, the ratings and the reflection for good."
                : "This removes the plan and its ratings for good.");
        long others = exposures.series(exposure.seriesId()).size() - 1L;
        if (others == 1) {
            consequence.append(" The other exposure in its series of repeats stays in your journal.");
        } else if (others > 1) {
            consequence.append(" The other ").append(others)
                    .append(" exposures in its series of repeats stay in your journal.");
        }
        return new DeletionRequest(exposure, consequence.toString());
    }

    public void delete(DeletionRequest confirmed) {
        exposures.delete(confirmed.exposure().id());
    }

    /**
     * Checks a plan as typed, without saving it, so it can be looked at (for pacing, say).
     *
     * @throws InvalidInputException with every problem found
     */
    public Plan checked(PlanInput input) {
        return toPlan(input);
    }

    private Plan toPlan(PlanInput input) {
        InputCheck check = new InputCheck();
        String mistake = check.required(Field.MISTAKE, input.mistake(),
                Sentences.get("check.mistake"));
        Plan plan = new Plan(
                mistake == null ? "?" : mistake,
                input.category(),
                input.stakes(),
                check.date(Field.DATE, input.date()),
                check.time(Field.TIME, input.time()),
                check.optional(Field.PLACE, input.place(), SHORT_TEXT),
                check.optional(Field.FEARED_OUTCOME, input.fearedOutcome(), LONG_TEXT),
                check.percent(Field.LIKELIHOOD, input.likelihood()),
                check.suds(Field.EXPECTED_DISTRESS, input.expectedDistress()),
                check.optional(Field.SAFETY_BEHAVIOUR, input.safetyBehaviour(), SHORT_TEXT),
                check.optional(Field.COPING_PLAN, input.copingPlan(), LONG_TEXT),
                check.optional(Field.SELF_COMPASSION, input.selfCompassion(), SHORT_TEXT),
                input.ladderId());
        check.complete();
        if (plan.ladderId() != null && ladders.find(plan.ladderId()).isEmpty()) {
            throw new InvalidInputException(Map.of(Field.LADDER,
                    "That ladder is no longer in the journal. Choose another, or none."));
        }
        return plan;
    }

    private Exposure moveTo(Exposure exposure, ExposureStatus target, ExposureStatus... from) {
        if (!List.of(from).contains(exposure.status())) {
            throw new NotPossibleNowException(
                    Reason.of("notNow.already." + exposure.status().name()),
                    "An exposure that is " + exposure.status().label()
                    .toLowerCase(Locale.ROOT) + " cannot become "
                    + target.label().toLowerCase(Locale.ROOT) + ".");
        }
        Instant doneAt = target == ExposureStatus.DONE ? exposure.doneAt() : null;
        return exposures.updateDoing(exposure.id(), target, doneAt, exposure.distress(), now());
    }

    private Exposure existing(long id) {
        return exposures.find(id).orElseThrow(
                () -> new StoreException(Reason.of("noLonger.exposure"),
                        "That exposure is no longer in the journal."));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
