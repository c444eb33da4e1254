package org.goodenough.planner;

import static org.goodenough.planner.LadderPlannerTest.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Stakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacingTest {

    @TempDir
    Path folder;
    private JournalSession session;
    private ExposurePlanner planner;
    private Pacing pacing;
    private Ladder ladder;

    @BeforeEach
    void open() {
        session = JournalSession.open(folder.resolve("journal.db"), new LadderPlannerTest.MovingClock());
        planner = session.planner();
        pacing = session.pacing();
        ladder = session.ladders().create(new LadderInput("Visible mistakes", null, "80"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Optional<PacingAdvice> adviceFor(PlanInput input) {
        return pacing.adviceFor(planner.checked(input));
    }

    /** Plans and does an exposure; {@code outcome} null means no reflection was written. */
    private Exposure done(PlanInput input, String peak, Outcome outcome) {
        Exposure exposure = planner.plan(input);
        return doAgain(exposure, peak, outcome);
    }

    private Exposure doAgain(Exposure exposure, String peak, Outcome outcome) {
        planner.markDone(exposure.id(), new DistressInput(null, peak, null));
        if (outcome != null) {
            planner.reflect(exposure.id(), new ReflectionInput(null, outcome, null, null, null, null, null));
        }
        return planner.find(exposure.id()).orElseThrow();
    }

    @Test
    void aHighStakesPlanBeforeAnyLowerStepIsDoneGetsASmallerStepSuggested() {
        PlanInput big = plan("Present with typos to the board", Stakes.HIGH, null, null);
        PacingAdvice advice = adviceFor(big).orElseThrow();
        assertTrue(advice.reason().contains("high-stakes"));
        assertTrue(advice.reason().contains("your choice"), "the person decides");
        assertFalse(advice.steps().isEmpty());
        assertTrue(advice.steps().stream().allMatch(step -> step.idea() != null
                && step.idea().stakes().compareTo(Stakes.HIGH) < 0 && !step.idea().withClinician()),
                "library ideas with lower stakes, none touching health");

        assertTrue(adviceFor(plan("A typo", Stakes.LOW, null, null)).isEmpty());
        assertTrue(adviceFor(plan("Planned only", Stakes.MEDIUM, null, null)).isEmpty());
        planner.plan(plan("Planned, not done", Stakes.LOW, null, null));
        assertTrue(adviceFor(big).isPresent(), "planning a lower step is not doing it");
        done(plan("Another big one", Stakes.HIGH, null, null), null, null);
        assertTrue(adviceFor(big).isPresent(), "a high-stakes one done is not a lower step");

        done(plan("A typo", Stakes.MEDIUM, null, null), null, null);
        assertTrue(adviceFor(big).isEmpty(), "once a lower step is done, no suggestion");
    }

    @Test
    void onALadderOnlyItsOwnLowerStepsCount() {
        done(plan("Done elsewhere", Stakes.LOW, "20", null), "20", Outcome.NO);
        Exposure lower = planner.plan(plan("Lower rung", Stakes.LOW, "30", ladder.id()));
        PacingAdvice advice = adviceFor(plan("Big one", Stakes.HIGH, "60", ladder.id())).orElseThrow();
        assertEquals(lower.id(), advice.steps().get(0).rung().latest().id(),
                "the ladder's own lower rung comes first");
        assertTrue(advice.steps().get(0).text().startsWith("Start with"));

        doAgain(lower, "30", Outcome.NO);
        assertTrue(adviceFor(plan("Big one", Stakes.HIGH, "55", ladder.id())).isEmpty(),
                "a lower rung is done, and 55 is less than 30 above it");
    }

    @Test
    void aPlanFarAboveAnythingDoneOnTheLadderGetsASmallerStepSuggested() {
        Exposure first = done(plan("Small", Stakes.LOW, "20", ladder.id()), "35", Outcome.NO);
        assertTrue(adviceFor(plan("A bit more", Stakes.MEDIUM, "60", ladder.id())).isEmpty(),
                "60 is less than 30 above the 35 felt");
        PacingAdvice advice = adviceFor(plan("Much more", Stakes.MEDIUM, "70", ladder.id())).orElseThrow();
        assertTrue(advice.reason().contains("up to 35"), advice.reason());
        assertEquals(first.id(), advice.steps().get(0).rung().latest().id());
        assertTrue(advice.steps().get(0).text().startsWith("Do “Small” once more"),
                "repeating a rung before climbing is offered");
        assertTrue(adviceFor(plan("Much more", Stakes.MEDIUM, "70", null)).isEmpty(),
                "without a ladder there is nothing to compare with");
    }

    @Test
    void aBigFirstStepOnAnEmptyLadderIsNoticedToo() {
        assertTrue(adviceFor(plan("Gentle start", Stakes.LOW, "55", ladder.id())).isEmpty());
        PacingAdvice advice = adviceFor(plan("Big start", Stakes.MEDIUM, "60", ladder.id())).orElseThrow();
        assertTrue(advice.reason().toLowerCase(Locale.ROOT).contains("big step"));
    }

    @Test
    void aRungIsReadyToClimbWhenTheFearedOutcomeKeptNotHappening() {
        Exposure first = done(plan("Typo", Stakes.LOW, "40", ladder.id()), "60", Outcome.NO);
        Exposure next = planner.plan(plan("Question", Stakes.MEDIUM, "60", ladder.id()));
        Exposure second = doAgain(planner.repeat(first.id()), "50", Outcome.NO);
        assertTrue(session.ladders().climbFrom(second).isEmpty(), "done twice is not yet a few times");

        Exposure third = doAgain(planner.repeat(first.id()), "55", Outcome.NO);
        ClimbAdvice advice = session.ladders().climbFrom(third).orElseThrow();
        assertEquals(next.id(), advice.next().latest().id());
        assertTrue(advice.message().contains("did not happen"));
        assertTrue(advice.message().contains("“Question”"));
        assertEquals(Optional.of(advice), session.ladders().overview(ladder.id()).ready());
        assertTrue(session.ladders().climbFrom(next).isEmpty(), "the next rung itself is not ready");
    }

    @Test
    void fallingDistressAloneDoesNotMakeARungReady() {
        Exposure first = done(plan("Typo", Stakes.LOW, "60", ladder.id()), "80", null);
        doAgain(planner.repeat(first.id()), "40", null);
        Exposure third = doAgain(planner.repeat(first.id()), "10", null);
        assertTrue(session.ladders().climbFrom(third).isEmpty(), "no outcomes noted, no advice");

        Exposure fourth = doAgain(planner.repeat(first.id()), "5", Outcome.NO);
        Exposure fifth = doAgain(planner.repeat(first.id()), "5", Outcome.PARTLY);
        assertTrue(session.ladders().climbFrom(fifth).isEmpty(), "the fear partly came true");
        assertTrue(session.ladders().climbFrom(fourth).isEmpty());

        Exposure sixth = doAgain(planner.repeat(first.id()), "70", Outcome.NO);
        assertTrue(session.ladders().climbFrom(sixth).isEmpty(), "one NO after a PARTLY is not two");
        Exposure seventh = doAgain(planner.repeat(first.id()), "75", Outcome.NO);
        ClimbAdvice advice = session.ladders().climbFrom(seventh).orElseThrow();
        assertNull(advice.next(), "the top rung so far");
        assertTrue(advice.message().contains("add a next step"), "even though distress rose");
    }

    @Test
    void theSuggestionCanBeTurnedOffForTheJournal() {
        JournalPreferences preferences = session.preferences();
        assertTrue(preferences.pacingSuggestions());
        assertFalse(preferences.safetyNoteRead());
        preferences.setPacingSuggestions(false);
        preferences.markSafetyNoteRead();
        session.close();
        session = JournalSession.open(folder.resolve("journal.db"), new LadderPlannerTest.MovingClock());
        assertFalse(session.preferences().pacingSuggestions());
        assertTrue(session.preferences().safetyNoteRead());
        List<Ladder> all = session.ladders().all();
        assertEquals(1, all.size());
    }
}
