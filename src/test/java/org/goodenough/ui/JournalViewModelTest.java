package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.IdeaFilter;
import org.goodenough.planner.LadderInput;
import org.goodenough.ui.library.LibraryViewModel;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Outcome;
import org.goodenough.planner.Field;
import org.goodenough.planner.JournalSession;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.detail.ExposureDetailViewModel;
import org.goodenough.ui.doing.DidItViewModel;
import org.goodenough.ui.journal.JournalViewModel;
import org.goodenough.ui.plan.PlanFormViewModel;
import org.goodenough.ui.reflection.ReflectionViewModel;
import org.goodenough.ui.today.TodayViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's state and flow, without the toolkit: forms, pages and lists. */
class JournalViewModelTest {

    @TempDir
    Path folder;
    private JournalSession session;
    private JournalViewModel journal;

    @BeforeEach
    void open() {
        session = JournalSession.open(folder.resolve("journal.db"), Clock.systemUTC());
        journal = new JournalViewModel(session, new SameThreadTaskRunner());
        journal.load();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void anEmptyJournalShowsTheWelcome() {
        assertTrue(journal.emptyProperty().get());
        assertNull(journal.pageProperty().get());
    }

    @Test
    void planDoAndReflectMovesThroughThePages() {
        journal.newPlan();
        PlanFormViewModel plan = assertInstanceOf(PlanFormViewModel.class, journal.pageProperty().get());
        plan.mistakeProperty().set("Send the email with a typo");
        plan.fearedOutcomeProperty().set("My manager thinks I am careless");
        plan.likelihoodProperty().set("70");
        plan.save();

        ExposureDetailViewModel detail = assertInstanceOf(ExposureDetailViewModel.class,
                journal.pageProperty().get());
        assertEquals(1, journal.list(JournalSection.UPCOMING).size());
        assertEquals(detail.exposure().id(), journal.chosenIdProperty().get());

        detail.didIt();
        DidItViewModel didIt = assertInstanceOf(DidItViewModel.class, journal.pageProperty().get());
        didIt.peakProperty().set("60");
        didIt.save();

        ReflectionViewModel reflection = assertInstanceOf(ReflectionViewModel.class,
                journal.pageProperty().get());
        assertEquals("My manager thinks I am careless",
                reflection.exposure().plan().fearedOutcome(), "the prediction is there to see");
        assertEquals(JournalSection.DONE, journal.sectionProperty().get());
        reflection.outcomeProperty().set(Outcome.NO);
        reflection.learnedProperty().set("A typo is not a verdict on me");
        reflection.save();

        Exposure shown = assertInstanceOf(ExposureDetailViewModel.class, journal.pageProperty().get())
                .exposure();
        assertEquals(ExposureStatus.DONE, shown.status());
        assertEquals("A typo is not a verdict on me", shown.reflection().learned());
        assertEquals(shown, journal.list(JournalSection.DONE).get(0));
        assertTrue(journal.list(JournalSection.UPCOMING).isEmpty());
    }

    @Test
    void aBigJumpIsSuggestedASmallerStepOnceThenSavedAsPlanned() {
        journal.newPlan();
        PlanFormViewModel plan = (PlanFormViewModel) journal.pageProperty().get();
        plan.mistakeProperty().set("Present the unpolished draft to the board");
        plan.stakesProperty().set(Stakes.HIGH);
        plan.save();

        assertEquals(plan, journal.pageProperty().get(), "nothing is saved yet");
        assertNotNull(plan.adviceProperty().get());
        assertTrue(plan.changedProperty().get(), "the typed plan is still unsaved");
        assertEquals(0, session.planner().count(JournalSection.UPCOMING));
        plan.dismissAdvice();
        assertNull(plan.adviceProperty().get());

        plan.save();
        assertNull(plan.adviceProperty().get(), "the suggestion comes once");
        assertInstanceOf(ExposureDetailViewModel.class, journal.pageProperty().get());
        assertEquals(1, session.planner().count(JournalSection.UPCOMING));
    }

    @Test
    void takingASmallerStepKeepsTheTypedPlanUnderNotNow() {
        Ladder ladder = session.ladders().create(new LadderInput("Speaking up", null, null));
        Exposure small = session.planner().plan(new org.goodenough.planner.PlanInput("Ask one"
                + " question", null, Stakes.LOW, null, null, null, null, null, "20", null, null,
                null, ladder.id()));
        journal.planFrom(null, ladder);
        PlanFormViewModel plan = (PlanFormViewModel) journal.pageProperty().get();
        plan.mistakeProperty().set("Give the talk without rehearsing");
        plan.expectedDistressProperty().set("90");
        plan.save();
        var step = plan.adviceProperty().get().steps().get(0);
        assertEquals(small.id(), step.rung().latest().id());

        plan.take(step);
        ExposureDetailViewModel shown = assertInstanceOf(ExposureDetailViewModel.class,
                journal.pageProperty().get());
        assertEquals(small.id(), shown.exposure().id());
        Exposure kept = journal.list(JournalSection.NOT_NOW).get(0);
        assertEquals("Give the talk without rehearsing", kept.plan().mistake());
        assertEquals(ladder.id(), kept.plan().ladderId());
    }

    @Test
    void smallerStepsCanBeTurnedOffForTheJournal() {
        journal.newPlan();
        PlanFormViewModel plan = (PlanFormViewModel) journal.pageProperty().get();
        plan.mistakeProperty().set("Present the unpolished draft to the board");
        plan.stakesProperty().set(Stakes.HIGH);
        plan.save();
        plan.stopSuggestingSmallerSteps();
        assertFalse(session.preferences().pacingSuggestions());

        journal.newPlan();
        PlanFormViewModel next = (PlanFormViewModel) journal.pageProperty().get();
        next.mistakeProperty().set("Another big one");
        next.stakesProperty().set(Stakes.HIGH);
        next.save();
        assertNull(next.adviceProperty().get());
        assertInstanceOf(ExposureDetailViewModel.class, journal.pageProperty().get());

        journal.showLibrary(null);
        LibraryViewModel library = (LibraryViewModel) journal.pageProperty().get();
        assertFalse(library.pacingProperty().get());
        library.pacingProperty().set(true);
        assertTrue(session.preferences().pacingSuggestions(), "the library turns them back on");
    }

    @Test
    void aPlanFromTheLibraryIsPreFilledAndKeepsItsLadder() {
        Ladder ladder = session.ladders().create(new LadderInput("Visible mistakes", null, null));
        Idea idea = session.library().find(IdeaFilter.ALL).get(0);
        journal.planFrom(idea, ladder);
        PlanFormViewModel plan = (PlanFormViewModel) journal.pageProperty().get();
        assertEquals(idea.title(), plan.mistakeProperty().get());
        assertEquals(idea.category(), plan.categoryProperty().get());
        assertEquals(idea.stakes(), plan.stakesProperty().get());
        assertEquals(idea.tip(), plan.ideaTip());
        assertEquals(ladder, plan.ladderProperty().get());
        assertFalse(plan.changedProperty().get(), "nothing typed yet, so leaving asks nothing");
        plan.save();
        ExposureDetailViewModel detail = assertInstanceOf(ExposureDetailViewModel.class,
                journal.pageProperty().get());
        assertEquals(ladder.id(), detail.exposure().plan().ladderId());
        assertEquals(ladder, detail.ladderProperty().get());
    }

    @Test
    void aPlanFromTheLibraryCanBeCancelledBackToTheLibrary() {
        journal.showLibrary(null);
        LibraryViewModel library = assertInstanceOf(LibraryViewModel.class, journal.pageProperty().get());
        library.searchProperty().set("obvious question");
        assertFalse(library.shown().isEmpty());
        library.chosenProperty().set(library.shown().get(0));
        library.planThis();
        PlanFormViewModel plan = assertInstanceOf(PlanFormViewModel.class, journal.pageProperty().get());
        plan.cancel();
        assertInstanceOf(LibraryViewModel.class, journal.pageProperty().get());
    }

    @Test
    void aPlanThatCannotBeSavedKeepsEveryWordAndSaysWhy() {
        journal.newPlan();
        PlanFormViewModel plan = (PlanFormViewModel) journal.pageProperty().get();
        plan.mistakeProperty().set("   ");
        plan.copingPlanProperty().set("Breathe slowly and go for a walk");
        plan.expectedDistressProperty().set("120");
        plan.save();

        assertEquals(plan, journal.pageProperty().get(), "the form stays open");
        assertTrue(plan.problems().of(Field.MISTAKE).get().contains("the one thing a plan needs"));
        assertTrue(plan.problems().of(Field.EXPECTED_DISTRESS).get().contains("0 (calm) to 100"));
        assertEquals("", plan.problems().of(Field.COPING_PLAN).get());
        assertEquals("Breathe slowly and go for a walk", plan.copingPlanProperty().get());
        assertEquals("120", plan.expectedDistressProperty().get());
        assertTrue(journal.list(JournalSection.UPCOMING).isEmpty());

        plan.mistakeProperty().set("Leave the dishes until tomorrow");
        plan.expectedDistressProperty().set("35");
        plan.save();
        assertInstanceOf(ExposureDetailViewModel.class, journal.pageProperty().get());
        assertEquals(1, journal.list(JournalSection.UPCOMING).size());
    }

    @Test
    void aSaveThatFailsInTheStoreKeepsTheTextAndSaysSoCalmly() {
        journal.newPlan();
        PlanFormViewModel plan = (PlanFormViewModel) journal.pageProperty().get();
        plan.mistakeProperty().set("Post the photo without editing it");
        session.close(); // the journal goes away under the form

        plan.save();

        assertEquals(plan, journal.pageProperty().get());
        assertEquals("Post the photo without editing it", plan.mistakeProperty().get());
        assertTrue(plan.messageProperty().get().startsWith("Good Enough could not save the plan just"
                + " now, and nothing was changed: "), plan.messageProperty().get());
        session = JournalSession.open(folder.resolve("journal.db"), Clock.systemUTC());
    }

    @Test
    void aChangeThatFailsInTheStoreNamesItInTheWindowsLanguage() {
        journal.newPlan();
        PlanFormViewModel plan = (PlanFormViewModel) journal.pageProperty().get();
        plan.mistakeProperty().set("Leave one email unanswered until tomorrow");
        plan.save();
        ExposureDetailViewModel detail = assertInstanceOf(ExposureDetailViewModel.class,
                journal.pageProperty().get());
        session.close(); // the journal goes away under the page
        Texts.use(Locale.GERMAN);
        try {
            detail.letGo();
            assertTrue(detail.messageProperty().get().startsWith("Good Enough konnte den Plan gerade"
                    + " nicht loslassen, und nichts wurde verändert: "), detail.messageProperty().get());
        } finally {
            Texts.use(Locale.ENGLISH);
        }
        detail.notNow();
        assertTrue(detail.messageProperty().get().startsWith("Good Enough could not set the plan"
                + " aside just now, and nothing was changed: "), detail.messageProperty().get());
        session = JournalSession.open(folder.resolve("journal.db"), Clock.systemUTC());
    }

    @Test
    void leavingAFormWithUnsavedTextAsksFirst() {
        journal.newPlan();
        PlanFormViewModel plan = (PlanFormViewModel) journal.pageProperty().get();
        plan.copingPlanProperty().set("Call a friend afterwards");
        assertTrue(journal.hasUnsavedForm());

        journal.newPlan();
        assertTrue(journal.leavingProperty().get(), "the person is asked");
        assertEquals(plan, journal.pageProperty().get(), "nothing is dropped while asking");

        journal.stayInForm();
        assertEquals(plan, journal.pageProperty().get());
        assertEquals("Call a friend afterwards", plan.copingPlanProperty().get());

        plan.cancel();
        journal.leaveForm();
        assertNull(journal.pageProperty().get());
    }

    @Test
    void leavingAReflectionForLaterAsksWhenSomethingIsWritten() {
        journal.newPlan();
        PlanFormViewModel plan = (PlanFormViewModel) journal.pageProperty().get();
        plan.mistakeProperty().set("Skip the second proofread");
        plan.save();
        ((ExposureDetailViewModel) journal.pageProperty().get()).didIt();
        ((DidItViewModel) journal.pageProperty().get()).save();
        ReflectionViewModel reflection = (ReflectionViewModel) journal.pageProperty().get();
        reflection.feltProperty().set("Restless, then relieved");

        reflection.cancel();

        assertTrue(journal.leavingProperty().get());
        journal.stayInForm();
        assertEquals(reflection, journal.pageProperty().get());
        assertEquals("Restless, then relieved", reflection.feltProperty().get());
    }

    @Test
    void anUntouchedFormLeavesWithoutAsking() {
        journal.newPlan();
        journal.newPlan();
        assertTrue(!journal.leavingProperty().get());
        ((PlanFormViewModel) journal.pageProperty().get()).cancel();
        assertNull(journal.pageProperty().get());
    }

    @Test
    void longListsArriveAPageAtATimeAndSayHowManyThereAre() {
        for (int i = 0; i < JournalViewModel.PAGE + 5; i++) {
            session.planner().plan(org.goodenough.planner.PlanInput.of("Small mistake number " + i));
        }
        journal.load();
        assertEquals(JournalViewModel.PAGE, journal.list(JournalSection.UPCOMING).size());
        assertEquals(JournalViewModel.PAGE + 5, journal.totalProperty(JournalSection.UPCOMING).get());

        journal.showMore(JournalSection.UPCOMING);
        assertEquals(JournalViewModel.PAGE + 5, journal.list(JournalSection.UPCOMING).size());
        assertEquals(0, journal.totalProperty(JournalSection.DONE).get());
    }

    @Test
    void cancellingANewPlanReturnsToTheWelcome() {
        journal.newPlan();
        ((PlanFormViewModel) journal.pageProperty().get()).cancel();
        assertNull(journal.pageProperty().get());
    }

    @Test
    void whatWasReadAheadIsShownAtOnceAndTellsWhoFollowsTheReads() {
        session.planner().plan(new org.goodenough.planner.PlanInput("Leave one typo in",
                null, Stakes.LOW, null, null, null, null, null, "20", null, null, null, null));
        session.readAhead(JournalViewModel.PAGE, TodayViewModel.SHOWN);
        HeldTaskRunner tasks = new HeldTaskRunner();
        JournalViewModel window = new JournalViewModel(session, tasks);
        int[] reads = {0};
        window.afterEachRead(() -> reads[0]++);

        window.load();

        assertTrue(window.loadedProperty().get(), "shown before any work ran");
        assertEquals(1, window.list(JournalSection.UPCOMING).size());
        assertEquals(1, window.totalProperty(JournalSection.UPCOMING).get());
        assertEquals(1, reads[0], "the reminders hear of the plans read ahead");
        assertTrue(session.takeReadAhead().isEmpty(), "taken, so a later load reads afresh");
    }

    @Test
    void aReadAheadOfOtherPagesIsLeftAndTheListsAreRead() {
        session.planner().plan(new org.goodenough.planner.PlanInput("Leave one typo in",
                null, Stakes.LOW, null, null, null, null, null, "20", null, null, null, null));
        session.readAhead(JournalViewModel.PAGE + 1, TodayViewModel.SHOWN);
        HeldTaskRunner tasks = new HeldTaskRunner();
        JournalViewModel window = new JournalViewModel(session, tasks);

        window.load();

        assertFalse(window.loadedProperty().get(), "not what this window asks for: read instead");
        tasks.finishAll();
        assertTrue(window.loadedProperty().get());
        assertEquals(1, window.list(JournalSection.UPCOMING).size());
    }
}
