package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.goodenough.domain.Category;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Reflection;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PlanInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The guided walkthrough in the real window, by clicks and typing, read back through the planner. */
class GuideWindowTest {

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void walkingTheWholeGuideMakesADoneExposureHoldingEveryWord() throws Exception {
        Path journal = folder.resolve("journal.db");
        window.start(journal);
        window.reach("#welcomeGuide");

        window.awaitText("#guideStep", "Step 1 of 8");
        // The keys go to the step's first field as the guide opens.
        window.waitFor(() -> window.keysOn("mistake"));
        Button idea = window.await(".guide-idea");
        String chosen = idea.getText();
        window.clickOn(idea);
        assertEquals(chosen, window.text("#mistake"));
        window.clickOn("#guideNext");

        window.awaitText("#guideStep", "Step 2 of 8");
        window.type("#fearedOutcome", "Someone points it out");
        TextArea feared = window.await("#fearedOutcome");
        window.interact(() -> feared.appendText(" 😅 שלום"));
        window.type("#likelihood", "65");
        window.clickOn("#guideNext");

        window.awaitText("#guideStep", "Step 3 of 8");
        window.type("#expectedDistress", "45");
        window.clickOn("#guideNext");

        window.awaitText("#guideStep", "Step 4 of 8");
        window.type("#safetyBehaviour", "Checking it three times");
        window.clickOn("#guideNext");

        window.awaitText("#guideStep", "Step 5 of 8");
        assertEquals("I can handle this.", window.text("#selfCompassion"));
        window.type("#copingPlan", "Step outside for a minute");
        window.reach("#selfCompassion");
        window.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        window.write("Small slips are allowed.");
        window.awaitText("#guideNext", "Save my plan");
        window.clickOn("#guideNext");

        window.awaitText("#guideStep", "Step 6 of 8");
        window.await("#guidePlan");
        window.assertShows("Someone points it out 😅 שלום");
        assertEquals(1, this.<ListView<Exposure>>list("#listUPCOMING").getItems().size());
        window.clickOn("#guideNext");

        window.awaitText("#guideStep", "Step 7 of 8");
        window.type("#distressBefore", "40");
        window.type("#distressPeak", "55");
        window.type("#distressAfter", "10");
        window.type("#whatHappened", "Nobody said a word");
        window.reach("#outcomePartly");
        window.reach("#guideNext");

        window.awaitText("#guideStep", "Step 8 of 8");
        window.await("#planBeside");
        window.assertShows("65 %");
        window.type("#felt", "Tense, then lighter");
        window.type("#worse", "The wait");
        window.type("#better", "It passed fast");
        window.type("#learned", "Small slips pass");
        window.type("#likelihoodAfter", "20");
        window.awaitText("#guideNext", "Finish");
        window.reach("#guideNext");

        window.awaitText("#detailTitle", chosen);
        assertEquals(1, this.<ListView<Exposure>>list("#listDONE").getItems().size());
        assertTrue(this.<ListView<Exposure>>list("#listUPCOMING").getItems().isEmpty());
        window.stop();

        try (JournalSession session = JournalSession.open(journal, Clock.systemUTC())) {
            List<Exposure> done = session.planner().list(JournalSection.DONE, 0, 10);
            assertEquals(1, done.size());
            Exposure exposure = done.get(0);
            assertEquals(ExposureStatus.DONE, exposure.status());
            Plan plan = exposure.plan();
            Category area = plan.category();
            assertEquals(session.planner().checked(new PlanInput(chosen, area, Stakes.LOW, "", "",
                    "", "Someone points it out 😅 שלום", "65", "45", "Checking it three times",
                    "Step outside for a minute", "Small slips are allowed.", null)), plan);
            assertTrue(area != null, "an idea brings its area");
            assertEquals(40, exposure.distress().before().value());
            assertEquals(55, exposure.distress().peak().value());
            assertEquals(10, exposure.distress().after().value());
            Reflection reflection = exposure.reflection();
            assertEquals("Nobody said a word", reflection.whatHappened());
            assertEquals(Outcome.PARTLY, reflection.outcome());
            assertEquals("Tense, then lighter", reflection.felt());
            assertEquals("The wait", reflection.worse());
            assertEquals("It passed fast", reflection.better());
            assertEquals("Small slips pass", reflection.learned());
            assertEquals(20, reflection.likelihoodAfter().value());
            assertTrue(session.drafts().find().isEmpty(), "nothing is left as a draft");
        }
    }

    @Test
    void doingItLaterLeavesAPlannedExposureInUpcoming() throws Exception {
        Path journal = folder.resolve("journal.db");
        window.start(journal);
        window.await("#welcome");
        window.clickOn("#help");
        window.clickOn("Walk me through one exposure");
        window.type("#mistake", "Leave the bed unmade on Sunday");
        window.clickOn("#guideNext");
        for (int step = 2; step <= 5; step++) {
            window.awaitText("#guideStep", "Step " + step + " of 8");
            window.clickOn("#guideSkip");
        }
        window.awaitText("#guideStep", "Step 6 of 8");
        window.clickOn("#guideLater");
        window.awaitText("#guideTitle", "That is fine");
        window.clickOn("#guideNext");

        window.awaitText("#detailTitle", "Leave the bed unmade on Sunday");
        assertEquals(1, this.<ListView<Exposure>>list("#listUPCOMING").getItems().size());
        window.stop();

        try (JournalSession session = JournalSession.open(journal, Clock.systemUTC())) {
            List<Exposure> upcoming = session.planner().list(JournalSection.UPCOMING, 0, 10);
            assertEquals(1, upcoming.size());
            assertEquals(ExposureStatus.PLANNED, upcoming.get(0).status());
            assertEquals(session.planner().checked(PlanInput.of("Leave the bed unmade on Sunday")),
                    upcoming.get(0).plan());
            assertNull(upcoming.get(0).reflection());
            assertEquals(0, session.planner().count(JournalSection.DONE));
        }
    }

    @Test
    void leavingTheGuideWithWordsTypedAsksFirst() throws Exception {
        window.start(folder.resolve("journal.db"));
        window.reach("#welcomeGuide");
        window.type("#mistake", "Ask the obvious question");
        window.clickOn("#guideLeave");
        window.await(".dialog-pane");
        window.clickOn("Keep writing");
        assertEquals("Ask the obvious question", window.text("#mistake"));

        window.clickOn("#guideLeave");
        window.await(".dialog-pane");
        window.clickOn("Leave without saving");
        window.await("#welcome");
        assertTrue(this.<ListView<Exposure>>list("#listUPCOMING").getItems().isEmpty());
    }

    @Test
    void theWelcomeOffersTheGuideOnlyToAnEmptyJournal() throws Exception {
        Path journal = folder.resolve("journal.db");
        window.start(journal);
        window.await("#welcomeGuide");
        window.await("#welcomePlan");
        window.stop();

        try (JournalSession session = JournalSession.open(journal, Clock.systemUTC())) {
            session.planner().plan(PlanInput.of("Send the note with a typo"));
        }
        window.start(journal);
        window.awaitText("#welcome .form-heading", "Good to see you");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.lookup("#welcomeGuide").tryQuery().isPresent());
        window.clickOn("#help");
        window.await("#showGuide");
    }

    @SuppressWarnings("unchecked")
    private <T> T list(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return (T) window.lookup(query).query();
    }
}
