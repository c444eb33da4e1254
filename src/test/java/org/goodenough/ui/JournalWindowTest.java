package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.goodenough.domain.Exposure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window, headless: plan, do, reflect, close, reopen, and read it all back. */
class JournalWindowTest {

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void planDoReflectThenReopenAndReadItAllBack() throws Exception {
        Path journal = folder.resolve("journal.db");
        window.start(journal);

        window.await("#welcome");
        window.clickOn("#newPlan");
        window.await("#mistake");
        window.type("#mistake", "Send the team update with one typo");
        window.type("#place", "Team mailing list");
        window.type("#fearedOutcome", "Someone replies about the typo");
        window.type("#likelihood", "70");
        window.type("#expectedDistress", "55");
        window.type("#safetyBehaviour", "Reading it five times");
        window.type("#copingPlan", "Send it and make tea");
        window.reach("#savePlan");

        window.awaitText("#detailTitle", "Send the team update with one typo");
        assertEquals(1, this.<ListView<Exposure>>list("#listUPCOMING").getItems().size());

        window.clickOn("#didIt");
        window.type("#distressBefore", "40");
        window.type("#distressPeak", "62");
        window.type("#distressAfter", "15");
        window.reach("#saveDidIt");

        window.await("#planBeside");
        window.assertShows("Someone replies about the typo");
        window.assertShows("70 %");
        window.type("#whatHappened", "Two people replied about the content only");
        window.reach("#outcomeNo");
        window.type("#felt", "Jittery, then fine");
        window.type("#worse", "The first minute");
        window.type("#better", "Nobody noticed");
        window.type("#learned", "A typo is not a verdict on me");
        window.type("#likelihoodAfter", "20");
        window.reach("#saveReflection");

        window.await("#reflectionFacts");
        window.assertShows("A typo is not a verdict on me");
        window.stop();

        window.start(journal);
        window.await("#welcome");
        window.clickOn("#tabDONE");
        ListView<Exposure> done = list("#listDONE");
        assertEquals(1, done.getItems().size());
        window.clickOn(window.from(done).lookup(".exposure-cell").<javafx.scene.Node>query());
        window.awaitText("#detailTitle", "Send the team update with one typo");
        for (String text : new String[] {"Team mailing list", "Someone replies about the typo",
                "70 %", "55 / 100", "Reading it five times", "Send it and make tea",
                "I can handle this.", "40 / 100", "62 / 100", "15 / 100",
                "Two people replied about the content only", "No", "Jittery, then fine",
                "The first minute", "Nobody noticed", "A typo is not a verdict on me", "20 %"}) {
            window.assertShows(text);
        }
    }

    @Test
    void badInputIsExplainedBesideTheFieldAndNothingIsLost() throws Exception {
        window.start(folder.resolve("journal.db"));
        window.await("#welcome");
        window.clickOn("#newPlan");
        window.type("#mistake", "   ");
        window.type("#expectedDistress", "150");
        window.type("#copingPlan", "Breathe out slowly");
        TextArea feared = window.await("#fearedOutcome");
        String hundredKb = "I will be found out.".repeat(5_120);
        window.interact(() -> feared.setText(hundredKb));
        window.reach("#savePlan");

        window.await(".field-problem");
        window.assertShows("Write the small mistake you will make on purpose. It is the one thing a"
                + " plan needs.");
        window.assertShows("Distress is rated from 0 (calm) to 100 (the worst imaginable). Use a"
                + " number in that range, or leave it empty.");
        window.assertShows("This is 102,400 characters long; up to 20,000 fit here. Please shorten"
                + " it, then save again.");
        assertEquals("Breathe out slowly", window.text("#copingPlan"));
        assertEquals(hundredKb.strip(), window.text("#fearedOutcome").strip());
        assertEquals("150", window.text("#expectedDistress"));
        assertTrue(this.<ListView<Exposure>>list("#listUPCOMING").getItems().isEmpty());

        window.interact(() -> feared.setText("Someone sighs 😅 שלום"));
        window.reach("#expectedDistress");
        window.doubleClickOn("#expectedDistress").eraseText(3).write("30");
        window.type("#mistake", "Leave one item off the list");
        window.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        window.awaitText("#detailTitle", "Leave one item off the list");
        window.assertShows("Someone sighs 😅 שלום");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.lookup(".field-problem").tryQuery().isPresent());
    }

    @Test
    void aFileThatIsNotAJournalIsExplainedAndLeftAlone() throws Exception {
        Path notes = folder.resolve("notes.db");
        byte[] text = "Groceries: bread, apples, tea.\n".repeat(10).getBytes(StandardCharsets.UTF_8);
        Files.write(notes, text);

        window.start(notes);

        Label problem = window.await("#openingProblem");
        assertTrue(problem.getText().contains("is not a Good Enough journal"), problem.getText());
        assertTrue(window.lookup("#openOther").tryQuery().isPresent());
        window.stop();
        assertArrayEquals(text, Files.readAllBytes(notes));
    }

    @Test
    void settingAPlanAsideAndDeletingItAsksFirst() throws Exception {
        window.start(folder.resolve("journal.db"));
        window.await("#welcome");
        window.clickOn("#newPlan");
        window.type("#mistake", "Arrive two minutes before the start");
        window.reach("#savePlan");
        window.await("#notNow");
        window.clickOn("#notNow");
        window.awaitText("#detailStatus", "Set aside for now. It will be here whenever you want it.");
        assertEquals(1, this.<ListView<Exposure>>list("#listNOT_NOW").getItems().size());

        window.clickOn("#delete");
        window.await(".dialog-pane");
        window.clickOn("Keep it");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, this.<ListView<Exposure>>list("#listNOT_NOW").getItems().size());

        window.clickOn("#delete");
        window.await(".dialog-pane");
        window.assertShows("This removes the plan and its ratings for good.");
        window.clickOn("Delete");
        window.await("#welcome");
        assertTrue(this.<ListView<Exposure>>list("#listNOT_NOW").getItems().isEmpty());
    }

    @SuppressWarnings("unchecked")
    @Test
    void choosingAnotherExposureMidFormAsksBeforeDroppingTheText() throws Exception {
        window.start(folder.resolve("journal.db"));
        window.await("#welcome");
        window.clickOn("#newPlan");
        window.type("#mistake", "Wear odd socks");
        window.reach("#savePlan");
        window.await("#detailTitle");

        window.clickOn("#newPlan");
        window.type("#mistake", "Half-written plan");
        window.clickOn("Wear odd socks");
        window.await(".dialog-pane");
        window.clickOn("Keep writing");
        assertEquals("Half-written plan", window.text("#mistake"));

        window.clickOn("Wear odd socks");
        window.await(".dialog-pane");
        window.clickOn("Leave without saving");
        window.awaitText("#detailTitle", "Wear odd socks");
    }

    @SuppressWarnings("unchecked")
    private <T> T list(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return (T) window.lookup(query).query();
    }
}
