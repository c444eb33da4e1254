package org.goodenough.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.goodenough.Samples;
import org.goodenough.domain.Category;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Stakes;
import org.goodenough.domain.Suds;
import org.goodenough.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExposurePlannerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private JournalSession session;
    private ExposurePlanner planner;

    @BeforeEach
    void open() {
        session = JournalSession.open(folder.resolve("journal.db"), CLOCK);
        planner = session.planner();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static PlanInput full(Long ladderId) {
        return new PlanInput("  Send the update with a typo  ", Category.COMMUNICATION, Stakes.LOW,
                "2026-11-24", "9:05", "Team chat", "They think I am sloppy", "70%",
                " 55 ", "Re-reading five times", "Breathe and send", "I can handle this.", ladderId);
    }

    @Test
    void aPlanIsSavedTrimmedWithItsRatingsRead() {
        Exposure saved = planner.plan(full(null));

        Plan plan = saved.plan();
        assertEquals("Send the update with a typo", plan.mistake());
        assertEquals(LocalTime.of(9, 5), plan.time());
        assertEquals(70, plan.likelihood().value());
        assertEquals(55, plan.expectedDistress().value());
        assertEquals(ExposureStatus.PLANNED, saved.status());
        assertEquals(CLOCK.instant(), saved.createdAt());
    }

    @Test
    void onlyTheMistakeIsNeeded() {
        Exposure saved = planner.plan(new PlanInput("Leave the bed unmade", null, null, null, "", " ",
                "", "", "", "", "", "", null));
        Plan plan = saved.plan();
        assertNull(plan.place());
        assertNull(plan.likelihood());
        assertNull(plan.expectedDistress());
        assertNull(plan.selfCompassion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n  \u2003"})
    void anEmptyMistakeIsExplainedBesideIt(String mistake) {
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> planner.plan(PlanInput.of(mistake)));
        assertEquals(Set.of(Field.MISTAKE), invalid.problems().keySet());
        assertTrue(invalid.problems().get(Field.MISTAKE).contains("the one thing a plan needs"));
        assertTrue(planner.list(JournalSection.UPCOMING, 0, 10).isEmpty(), "nothing was saved");
    }

    @Test
    void everyBadRatingIsReportedAtOnceAndNothingIsSaved() {
        PlanInput input = new PlanInput("Arrive on time", null, null, null, "25:99", null, null,
                "101", "-3", null, null, null, null);
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> planner.plan(input));
        assertEquals(Set.of(Field.TIME, Field.LIKELIHOOD, Field.EXPECTED_DISTRESS),
                invalid.problems().keySet());
        assertTrue(invalid.problems().get(Field.EXPECTED_DISTRESS).contains("0 (calm) to 100"));
        assertTrue(invalid.problems().get(Field.LIKELIHOOD).contains("0 to 100"));
        assertTrue(planner.list(JournalSection.UPCOMING, 0, 10).isEmpty());
    }

    @Test
    void aDayIsReadInIsoFormOrAsThisComputerWritesItAndOtherwiseExplained() {
        String local = java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.MEDIUM).format(LocalDate.of(2027, 3, 5));
        PlanInput iso = new PlanInput("Arrive on time", null, null, " 2027-03-05 ", null, null, null,
                null, null, null, null, null, null);
        PlanInput written = new PlanInput("Arrive on time", null, null, local, null, null, null,
                null, null, null, null, null, null);
        assertEquals(LocalDate.of(2027, 3, 5), planner.plan(iso).plan().date());
        assertEquals(LocalDate.of(2027, 3, 5), planner.plan(written).plan().date());

        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> planner.plan(new PlanInput("Arrive on time", null, null, "next tuesday", null,
                        null, null, null, null, null, null, null, null)));
        assertEquals(Set.of(Field.DATE), invalid.problems().keySet());
        assertTrue(invalid.problems().get(Field.DATE).contains("2026-11-24"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "5.5", "1e2", "٣٣", "50 50", "0x10"})
    void ratingsThatAreNotWholeNumbersAreExplained(String rating) {
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> planner.markDone(planner.plan(PlanInput.of("Check once")).id(),
                        new DistressInput(rating, null, null)));
        assertEquals(Set.of(Field.DISTRESS_BEFORE), invalid.problems().keySet());
    }

    @Test
    void tooMuchTextIsExplainedWithItsLength() {
        String hundredKb = "x".repeat(100 * 1024);
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> planner.plan(new PlanInput("Share the draft", null, null, null, null, null,
                        hundredKb, null, null, null, null, null, null)));
        assertEquals("This is 102,400 characters long; up to 20,000 fit here. Please shorten it, then"
                + " save again.", invalid.problems().get(Field.FEARED_OUTCOME));
    }

    @Test
    void lengthsCountCharactersNotCodeUnits() {
        String emoji = "😅".repeat(1_000);
        assertEquals(emoji, planner.plan(PlanInput.of(emoji)).plan().mistake(),
                "1,000 emoji are 1,000 characters, though 2,000 UTF-16 units");
        assertThrows(InvalidInputException.class, () -> planner.plan(PlanInput.of(emoji + "😅")));
    }

    @Test
    void emojiAndRightToLeftTextAreKept() {
        Exposure saved = planner.plan(PlanInput.of(Samples.RIGHT_TO_LEFT + " " + Samples.EMOJI));
        assertEquals(Samples.RIGHT_TO_LEFT + " " + Samples.EMOJI,
                planner.find(saved.id()).orElseThrow().plan().mistake());
    }

    @Test
    void planDoReflectEndToEnd() {
        Exposure planned = planner.plan(full(null));
        Exposure done = planner.markDone(planned.id(), new DistressInput("40", "65", "10"));
        assertEquals(ExposureStatus.DONE, done.status());
        assertEquals(CLOCK.instant(), done.doneAt());
        assertEquals(Suds.of(65), done.distress().peak());

        Exposure reflected = planner.reflect(done.id(), new ReflectionInput("Nobody noticed",
                Outcome.NO, "Nervous", "", "Nobody noticed", "Typos are fine", "15"));
        assertEquals(Outcome.NO, reflected.reflection().outcome());
        assertEquals(15, reflected.reflection().likelihoodAfter().value());
        assertNull(reflected.reflection().worse(), "an empty answer is skipped, not stored blank");
        assertEquals(List.of(reflected), planner.list(JournalSection.DONE, 0, 10));
    }

    @Test
    void aPartialReflectionSaves() {
        Exposure done = planner.markDone(planner.plan(PlanInput.of("Wear odd socks")).id(),
                new DistressInput("", "", ""));
        Exposure reflected = planner.reflect(done.id(), new ReflectionInput(null, null, null, null,
                null, "Nobody looks at socks", null));
        assertEquals("Nobody looks at socks", reflected.reflection().learned());
        assertNull(reflected.reflection().outcome());
    }

    @Test
    void reflectingBeforeItIsDoneIsExplained() {
        Exposure planned = planner.plan(PlanInput.of("Wear odd socks"));
        NotPossibleNowException early = assertThrows(NotPossibleNowException.class,
                () -> planner.reflect(planned.id(), new ReflectionInput("x", null, null, null, null,
                        null, null)));
        assertTrue(early.getMessage().contains("Mark the exposure as done"));
    }

    @Test
    void notNowAndLetGoAreGentleAndReversible() {
        Exposure planned = planner.plan(PlanInput.of("Speak up in the meeting"));
        assertEquals(ExposureStatus.NOT_NOW, planner.notNow(planned.id()).status());
        assertEquals(List.of(planned.id()), ids(JournalSection.NOT_NOW));
        assertEquals(ExposureStatus.LET_GO, planner.letGo(planned.id()).status());
        assertEquals(List.of(planned.id()), ids(JournalSection.NOT_NOW));
        assertEquals(ExposureStatus.PLANNED, planner.planAgain(planned.id()).status());
        assertEquals(List.of(planned.id()), ids(JournalSection.UPCOMING));
    }

    @Test
    void aDoneExposureIsNotSetAsideByMistake() {
        Exposure done = planner.markDone(planner.plan(PlanInput.of("Ask a question")).id(),
                new DistressInput(null, null, null));
        assertThrows(NotPossibleNowException.class, () -> planner.notNow(done.id()));
        assertEquals(ExposureStatus.DONE, planner.find(done.id()).orElseThrow().status());
    }

    @Test
    void editingKeepsHowItWent() {
        Exposure done = planner.markDone(planner.plan(full(null)).id(), new DistressInput("30", "50",
                "5"));
        Exposure edited = planner.edit(done.id(), PlanInput.of("Send the update with two typos"));
        assertEquals("Send the update with two typos", edited.plan().mistake());
        assertEquals(ExposureStatus.DONE, edited.status());
        assertEquals(Suds.of(50), edited.distress().peak());
    }

    @Test
    void repeatingStartsANewPlanInTheSameSeriesFromTheLatestLikelihood() {
        Exposure first = planner.markDone(planner.plan(full(null)).id(), new DistressInput("", "60", ""));
        planner.reflect(first.id(), new ReflectionInput(null, Outcome.NO, null, null, null, null, "30"));

        Exposure again = planner.repeat(first.id());
        assertEquals(ExposureStatus.PLANNED, again.status());
        assertEquals(first.id(), again.repeatOf());
        assertEquals(30, again.plan().likelihood().value());
        assertNull(again.plan().date(), "a repeat waits for a new day to be chosen");
        assertEquals(first.plan().mistake(), again.plan().mistake());

        Exposure third = planner.repeat(planner.markDone(again.id(), new DistressInput("", "", "")).id());
        assertEquals(first.id(), third.repeatOf(), "repeats of repeats stay in the first's series");
        assertEquals(List.of(first.id(), again.id(), third.id()),
                planner.series(third.id()).stream().map(Exposure::id).toList());
    }

    @Test
    void deletingNeedsAConfirmedRequestThatSaysWhatGoes() {
        Exposure first = planner.markDone(planner.plan(full(null)).id(), new DistressInput("", "", ""));
        planner.reflect(first.id(), new ReflectionInput("fine", null, null, null, null, null, null));
        planner.repeat(first.id());

        DeletionRequest request = planner.askToDelete(first.id());
        assertEquals("This removes the plan, the ratings and the reflection for good. The other"
                + " exposure in its series of repeats stays in your journal.", request.consequence());
        assertTrue(planner.find(first.id()).isPresent(), "asking deletes nothing");

        planner.delete(request);
        assertFalse(planner.find(first.id()).isPresent());
        assertEquals(1, planner.list(JournalSection.UPCOMING, 0, 10).size());
    }

    @Test
    void laddersNeedANameAndKeepTheBelief() {
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> session.ladders().create(new LadderInput(" ", "belief", "150")));
        assertEquals(Set.of(Field.LADDER_NAME, Field.BELIEF_STRENGTH), invalid.problems().keySet());

        Ladder ladder = session.ladders().create(new LadderInput("Visible mistakes",
                "If I make a visible mistake, people will think I am incompetent", "80"));
        Exposure rung = planner.plan(full(ladder.id()));
        assertEquals(ladder.id(), rung.plan().ladderId());
        assertEquals(List.of(ladder), session.ladders().all());
    }

    @Test
    void aPlanOnALadderThatIsGoneIsExplained() {
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> planner.plan(full(4242L)));
        assertEquals(Set.of(Field.LADDER), invalid.problems().keySet());
    }

    @Test
    void workOnAnExposureThatIsGoneSaysSo() {
        StoreException gone = assertThrows(StoreException.class, () -> planner.notNow(777));
        assertTrue(gone.getMessage().contains("no longer in the journal"));
    }

    private List<Long> ids(JournalSection section) {
        return planner.list(section, 0, 10).stream().map(Exposure::id).toList();
    }
}
