package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.ListView;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.JournalSection;
import org.goodenough.planner.JournalSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Demo mode through the real window: the person's own journal is never opened, read or
 * written while the demo runs; the demo says so, resets to its seed, and goes when closed.
 */
class DemoModeWindowTest {

    private static final String OWN = "Send the weekly update with one typo left in";
    private static final String ROBINS = "Send the Monday status email with one typo left in";
    private static final String TYPED = "Something typed during the session";

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();
    private Path data;
    private Path journal;

    @BeforeEach
    void ownJournal() throws IOException {
        data = Files.createDirectory(folder.resolve("data"));
        journal = data.resolve("journal.db");
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            SampleJournal.fill(session);
        }
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void aDemoSessionLeavesTheOwnJournalByteForByte() throws Exception {
        Map<String, String> before = everything(data);
        Set<Path> demosBefore = demoFolders();
        window.startDemo(journal);
        window.await("#demoBanner");
        assertTrue(window.text("#demoNote").contains("Nothing you do here is kept"));
        window.waitFor(() -> mistakes(JournalSection.DONE).contains(ROBINS));
        assertFalse(mistakes(JournalSection.DONE).contains(OWN));
        assertEquals("Good Enough: demo journal", window.stage().getTitle());

        window.clickOn("#newPlan");
        window.type("#mistake", TYPED);
        window.reach("#savePlan");
        window.await("#detailTitle");
        window.waitFor(() -> mistakes(JournalSection.UPCOMING).contains(TYPED));

        window.clickOn("#resetDemo");
        window.answer("Reset demo");
        window.await("#demoBanner");
        window.waitFor(() -> mistakes(JournalSection.DONE).contains(ROBINS)
                && !mistakes(JournalSection.UPCOMING).contains(TYPED));
        window.stop();

        assertEquals(before, everything(data), "the own journal's folder, byte for byte");
        assertEquals(demosBefore, demoFolders(), "no demo is left behind");
    }

    @Test
    void fromTheMenuTheDemoTakesTheWindowAndLeavingItBringsTheOwnJournalBack() throws Exception {
        window.start(journal);
        window.waitFor(() -> mistakes(JournalSection.DONE).contains(OWN));
        assertTrue(window.lookup("#demoBanner").tryQuery().isEmpty());
        window.clickOn("#help");
        window.clickOn("#openDemo");
        window.await("#demoBanner");
        window.waitFor(() -> mistakes(JournalSection.DONE).contains(ROBINS));
        assertFalse(mistakes(JournalSection.DONE).contains(OWN), "no own entry shows in the demo");
        // The own journal is closed: this process can open it, which it could not while held.
        try (JournalSession own = JournalSession.open(journal, Clock.systemDefaultZone())) {
            assertEquals(1, own.planner().count(JournalSection.NOT_NOW));
        }

        window.clickOn("#leaveDemo");
        window.answer("Stay in the demo");
        window.await("#demoBanner");
        window.clickOn("#leaveDemo");
        window.answer("Open my journal");
        window.waitFor(() -> mistakes(JournalSection.DONE).contains(OWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.lookup("#demoBanner").tryQuery().isEmpty());
        assertFalse(mistakes(JournalSection.DONE).contains(ROBINS));
        assertEquals("Good Enough: journal.db", window.stage().getTitle());
    }

    @Test
    void theGuideWalksThroughOneExposureInTheDemo() throws Exception {
        Map<String, String> before = everything(data);
        window.startDemo(journal);
        window.await("#demoBanner");
        window.clickOn("#demoGuide");
        window.awaitText("#guideStep", "Step 1 of 8");
        window.type("#mistake", "Send the meeting invitation with the wrong room, then correct it");
        // Under the demo banner and the toolbar's two rows, Next may need scrolling to, as in the guide's own test.
        window.reach("#guideNext");
        window.awaitText("#guideStep", "Step 2 of 8");
        window.type("#fearedOutcome", "People think I cannot organise a meeting");
        window.type("#likelihood", "60");
        window.reach("#guideNext");
        window.awaitText("#guideStep", "Step 3 of 8");
        window.type("#expectedDistress", "50");
        window.reach("#guideNext");
        window.awaitText("#guideStep", "Step 4 of 8");
        window.type("#safetyBehaviour", "Checking the room booking four times");
        window.reach("#guideNext");
        window.awaitText("#guideStep", "Step 5 of 8");
        window.type("#copingPlan", "Send the correction once, without an apology paragraph");
        window.awaitText("#guideNext", "Save my plan");
        window.reach("#guideNext");
        window.awaitText("#guideStep", "Step 6 of 8");
        window.reach("#guideNext");
        window.awaitText("#guideStep", "Step 7 of 8");
        window.type("#distressPeak", "55");
        window.type("#whatHappened", "Two people wrote thanks for the correction.");
        window.reach("#outcomeNo");
        window.reach("#guideNext");
        window.awaitText("#guideStep", "Step 8 of 8");
        window.type("#felt", "A hot face for a minute.");
        window.type("#worse", "Pressing send on the correction.");
        window.type("#better", "Nobody cared which room it said at first.");
        window.type("#learned", "A corrected slip is an ordinary day at work.");
        window.type("#likelihoodAfter", "20");
        window.awaitText("#guideNext", "Finish");
        window.reach("#guideNext");

        window.awaitText("#detailTitle",
                "Send the meeting invitation with the wrong room, then correct it");
        window.assertShows("A corrected slip is an ordinary day at work.");
        window.waitFor(() -> mistakes(JournalSection.DONE).get(0)
                .equals("Send the meeting invitation with the wrong room, then correct it"));
        window.await("#demoBanner");
        window.stop();
        assertEquals(before, everything(data), "the guide in the demo wrote nothing of the own journal");
    }

    private List<String> mistakes(JournalSection section) {
        return window.lookup("#list" + section.name()).tryQuery()
                .map(node -> ((ListView<?>) node).getItems().stream()
                        .map(item -> ((Exposure) item).plan().mistake()).toList())
                .orElse(List.of());
    }

    /** Every file under {@code root} with its size, time and bytes (hidden lock files too). */
    private static Map<String, String> everything(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path each : all.toList()) {
                String facts = Files.isDirectory(each) ? "folder"
                        : Files.getLastModifiedTime(each) + " " + HexFormat.of().formatHex(
                                java.security.MessageDigest.getInstance("SHA-256")
                                        .digest(Files.readAllBytes(each)));
                files.put(root.relativize(each).toString(), facts);
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        return files;
    }

    private static Set<Path> demoFolders() throws IOException {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(path -> path.getFileName().toString().startsWith("good-enough-demo-"))
                    .collect(Collectors.toSet());
        }
    }
}
