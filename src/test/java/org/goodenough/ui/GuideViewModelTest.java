package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.goodenough.domain.Draft;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.Field;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PlanInput;
import org.goodenough.ui.detail.ExposureDetailViewModel;
import org.goodenough.ui.guide.GuideStep;
import org.goodenough.ui.guide.GuideViewModel;
import org.goodenough.ui.guide.OutcomeAnswers;
import org.goodenough.ui.guide.PlanAnswers;
import org.goodenough.ui.journal.JournalViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The guide's steps, on a real journal: what is required, skipped, kept and saved. */
class GuideViewModelTest {

    @TempDir
    Path folder;
    private JournalSession session;
    private JournalViewModel journal;
    private GuideViewModel guide;

    @BeforeEach
    void open() {
        session = JournalSession.open(folder.resolve("journal.db"), Clock.systemUTC());
        journal = new JournalViewModel(session, new SameThreadTaskRunner());
        journal.load();
        journal.showGuide();
        guide = assertInstanceOf(GuideViewModel.class, journal.pageProperty().get());
    }

    @AfterEach
    void close() {
        journal.closeDrafts();
        session.close();
    }

    private GuideStep step() {
        return guide.stepProperty().get();
    }

    @Test
    void theMistakeIsRequiredAndSaidSoBesideIt() {
        assertEquals(GuideStep.MISTAKE, step());
        assertEquals("Step 1 of 8", step().indicator());
        guide.plan().mistakeProperty().set("   ");
        guide.next();
        guide.skip();

        assertEquals(GuideStep.MISTAKE, step());
        assertEquals("Write the small mistake you will make on purpose. It is the one thing a plan"
                + " needs.", guide.problems().of(Field.MISTAKE).get());
        assertEquals(0, session.planner().count(JournalSection.UPCOMING));
    }

    @Test
    void theIdeasOfferedAreLowStakesFromDifferentAreasAndPickingOneFillsTheMistake() {
        assertFalse(guide.ideas().isEmpty());
        assertTrue(guide.ideas().stream().allMatch(idea -> idea.stakes() == Stakes.LOW
                && !idea.withClinician()));
        assertEquals(guide.ideas().size(), guide.ideas().stream().map(idea -> idea.category())
                .distinct().count());
        var first = guide.ideas().get(0);
        guide.otherIdeas();
        assertFalse(guide.ideas().contains(first));

        var idea = guide.ideas().get(1);
        guide.choose(idea);
        assertEquals(idea.title(), guide.plan().mistakeProperty().get());
        assertEquals(idea.category(), guide.plan().categoryProperty().get());
        guide.next();
        assertEquals(GuideStep.FEAR, step());
    }

    @Test
    void skippingEveryOptionalStepMakesThePlanTheFormWouldMakeFromTheMistakeAlone() {
        guide.plan().mistakeProperty().set("Leave one item off the shopping list");
        guide.next();
        for (GuideStep skipped : new GuideStep[] {GuideStep.FEAR, GuideStep.DISTRESS,
                GuideStep.SAFETY_BEHAVIOUR, GuideStep.COPING}) {
            assertEquals(skipped, step());
            assertTrue(skipped.skippable());
            guide.skip();
        }
        assertEquals(GuideStep.DO_IT, step());
        Exposure made = guide.madeProperty().get();
        assertEquals(session.planner().checked(PlanInput.of("Leave one item off the shopping list")),
                made.plan());
        assertEquals(ExposureStatus.PLANNED, made.status());
        assertFalse(guide.changedProperty().get(), "the plan is saved, so leaving asks nothing");
    }

    @Test
    void goingBackKeepsEveryWord() {
        PlanAnswers plan = guide.plan();
        plan.mistakeProperty().set("Send the invitation without checking the time twice");
        guide.next();
        plan.fearedOutcomeProperty().set("Nobody comes 😅");
        plan.likelihoodProperty().set("40");
        guide.next();
        plan.expectedDistressProperty().set("35");
        guide.back();
        guide.back();

        assertEquals(GuideStep.MISTAKE, step());
        assertEquals("Send the invitation without checking the time twice",
                plan.mistakeProperty().get());
        assertEquals("Nobody comes 😅", plan.fearedOutcomeProperty().get());
        assertEquals("40", plan.likelihoodProperty().get());
        assertEquals("35", plan.expectedDistressProperty().get());
        assertTrue(guide.changedProperty().get());
    }

    @Test
    void aBadRatingIsExplainedOnItsStepAndNothingIsLost() {
        PlanAnswers plan = guide.plan();
        plan.mistakeProperty().set("Hand in the form with one box blank");
        guide.next();
        plan.fearedOutcomeProperty().set("They send it back");
        plan.likelihoodProperty().set("140");
        guide.next();

        assertEquals(GuideStep.FEAR, step());
        assertFalse(guide.problems().of(Field.LIKELIHOOD).get().isEmpty());
        assertEquals("Nothing was saved yet. See the note beside the field.",
                guide.messageProperty().get());
        assertEquals("140", plan.likelihoodProperty().get());
        assertEquals("They send it back", plan.fearedOutcomeProperty().get());

        // Skipped past, the save still finds it and brings the person back to it.
        guide.skip();
        guide.skip();
        guide.skip();
        assertEquals(GuideStep.COPING, step());
        plan.copingPlanProperty().set("A slow breath");
        guide.next();
        assertEquals(GuideStep.FEAR, step());
        assertFalse(guide.problems().of(Field.LIKELIHOOD).get().isEmpty());
        assertEquals(0, session.planner().count(JournalSection.UPCOMING));
        assertEquals("A slow breath", plan.copingPlanProperty().get());

        plan.likelihoodProperty().set("70");
        guide.next();
        guide.skip();
        guide.skip();
        guide.next();
        assertEquals(GuideStep.DO_IT, step());
        assertEquals(1, session.planner().count(JournalSection.UPCOMING));
    }

    @Test
    void aBadDistressRatingAfterDoingItKeepsItPlannedAndEveryWord() {
        guide.plan().mistakeProperty().set("Wear the odd socks");
        guide.next();
        guide.skip();
        guide.skip();
        guide.skip();
        guide.skip();
        guide.next();
        OutcomeAnswers outcome = guide.outcome();
        outcome.peakProperty().set("lots");
        outcome.whatHappenedProperty().set("Nobody looked at my feet");
        guide.next();

        assertEquals(GuideStep.HOW_IT_WENT, step());
        assertFalse(guide.problems().of(Field.DISTRESS_PEAK).get().isEmpty());
        assertEquals("lots", outcome.peakProperty().get());
        assertEquals("Nobody looked at my feet", outcome.whatHappenedProperty().get());
        assertEquals(1, session.planner().count(JournalSection.UPCOMING));
    }

    @Test
    void doingAndReflectingEndsOnTheExposureDoneWithItsReflection() {
        PlanAnswers plan = guide.plan();
        plan.mistakeProperty().set("Post the photo without editing it");
        guide.next();
        plan.fearedOutcomeProperty().set("People think it is ugly");
        plan.likelihoodProperty().set("60");
        guide.next();
        guide.next();
        guide.next();
        guide.next();
        guide.next();
        OutcomeAnswers outcome = guide.outcome();
        outcome.peakProperty().set("50");
        outcome.whatHappenedProperty().set("Two likes");
        outcome.outcomeProperty().set(Outcome.NO);
        guide.next();
        assertEquals(GuideStep.REFLECT, step());
        assertTrue(guide.madeProperty().get().isDone());
        outcome.learnedProperty().set("Plain is fine");
        outcome.likelihoodAfterProperty().set("15");
        guide.next();

        ExposureDetailViewModel detail = assertInstanceOf(ExposureDetailViewModel.class,
                journal.pageProperty().get());
        Exposure done = session.planner().find(detail.exposure().id()).orElseThrow();
        assertEquals(ExposureStatus.DONE, done.status());
        assertEquals("Two likes", done.reflection().whatHappened());
        assertEquals(Outcome.NO, done.reflection().outcome());
        assertEquals("Plain is fine", done.reflection().learned());
        assertEquals(15, done.reflection().likelihoodAfter().value());
        assertEquals(50, done.distress().peak().value());
        assertNull(done.distress().before());
        assertEquals(1, journal.list(JournalSection.DONE).size());
    }

    @Test
    void aHighStakesFirstStepIsMetWithTheSameGentleSuggestionAsThePlanForm() {
        guide.plan().mistakeProperty().set("Give the talk without rehearsing");
        guide.plan().stakesProperty().set(Stakes.HIGH);
        guide.next();
        guide.skip();
        guide.skip();
        guide.skip();
        guide.next();

        assertEquals(GuideStep.COPING, step());
        assertNotNull(guide.adviceProperty().get(), "a smaller step is suggested, once");
        assertEquals(0, session.planner().count(JournalSection.UPCOMING));
        guide.keepPlan();
        assertEquals(GuideStep.DO_IT, step());
        assertNull(guide.adviceProperty().get());
        assertEquals(Stakes.HIGH, guide.madeProperty().get().plan().stakes());
    }

    @Test
    void laterLeavesThePlanInUpcomingAndTheGuideOpensIt() {
        guide.plan().mistakeProperty().set("Arrive five minutes before, not thirty");
        guide.next();
        guide.skip();
        guide.skip();
        guide.skip();
        guide.skip();
        guide.later();
        assertEquals(GuideStep.LATER, step());
        assertEquals("", step().indicator());
        guide.next();

        ExposureDetailViewModel detail = assertInstanceOf(ExposureDetailViewModel.class,
                journal.pageProperty().get());
        assertEquals(ExposureStatus.PLANNED, detail.exposure().status());
        assertEquals(JournalSection.UPCOMING, journal.sectionProperty().get());
        assertEquals(1, journal.list(JournalSection.UPCOMING).size());
    }

    @Test
    void leavingWithWordsTypedAsksFirstAndKeepingThemStays() {
        guide.plan().mistakeProperty().set("Say a wrong guess out loud");
        guide.leave();
        assertTrue(journal.leavingProperty().get());
        journal.stayInForm();
        assertEquals(guide, journal.pageProperty().get());
        guide.leave();
        journal.leaveForm();
        assertNull(journal.pageProperty().get());
        assertEquals(0, session.planner().count(JournalSection.UPCOMING));
    }

    @Test
    void aGuideDraftComesBackAtTheStepItWasLeftOn() throws Exception {
        guide.plan().mistakeProperty().set("Send the reply unread");
        guide.next();
        guide.plan().fearedOutcomeProperty().set("It sounds rude");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.drafts().find()
                .filter(draft -> "It sounds rude".equals(draft.fields().get("fearedOutcome")))
                .isPresent());
        Draft kept = session.drafts().find().orElseThrow();
        assertEquals("guide", kept.form());

        JournalViewModel next = new JournalViewModel(session, new SameThreadTaskRunner());
        next.load();
        assertNotNull(next.draftOfferProperty().get());
        next.resumeDraft();
        GuideViewModel resumed = assertInstanceOf(GuideViewModel.class, next.pageProperty().get());
        assertEquals(GuideStep.FEAR, resumed.stepProperty().get());
        assertEquals("Send the reply unread", resumed.plan().mistakeProperty().get());
        assertEquals("It sounds rude", resumed.plan().fearedOutcomeProperty().get());
        next.closeDrafts();
    }
}
