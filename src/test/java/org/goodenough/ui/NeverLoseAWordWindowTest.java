package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextInputControl;
import org.goodenough.domain.JournalSection;
import org.goodenough.planner.JournalSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Through the real window: a draft survives the window going away and comes back in one click;
 * a journal deleted while a plan is being written is put back, with the plan; and a second
 * window on a journal already open is told so and writes nothing.
 */
class NeverLoseAWordWindowTest {

    private static final String TYPED = "Post the photo without editing it";

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void aDraftComesBackAfterTheWindowWentAway() throws Exception {
        Path journal = folder.resolve("journal.db");
        window.start(journal);
        window.await("#welcome");
        window.clickOn("#newPlan");
        window.type("#mistake", TYPED);
        window.waitFor(() -> window.lookup("#draftNote").tryQuery()
                .map(node -> node.isVisible()).orElse(false));
        assertTrue(window.text("#draftNote").startsWith("Draft kept at "), window.text("#draftNote"));
        window.stop();

        window.start(journal);
        window.await("#draftOffer");
        assertTrue(window.text("#draftOffer").contains("a new plan"), window.text("#draftOffer"));
        assertTrue(window.text("#draftOffer").contains(TYPED), window.text("#draftOffer"));
        window.clickOn("#resumeDraft");
        window.waitFor(() -> TYPED.equals(window.text("#mistake")));
        window.reach("#savePlan");
        window.await("#detailTitle");

        window.waitFor(() -> Files.notExists(folder.resolve("drafts").resolve("journal.db.json")));
        window.stop();
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            assertEquals(1, session.planner().count(JournalSection.UPCOMING));
        }
    }

    @Test
    void aJournalDeletedWhileWritingIsPutBackWithWhatWasWritten() throws Exception {
        Path journal = folder.resolve("journal.db");
        SampleJournal.history(journal);
        int before;
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            before = session.planner().count(JournalSection.UPCOMING);
        }
        window.start(journal);
        window.await("#welcome");
        window.clickOn("#newPlan");
        window.type("#mistake", TYPED);
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(folder.resolve("journal.db" + suffix));
        }

        window.reach("#savePlan");
        window.await("#journalMoved");
        assertTrue(window.text("#formMessage").contains("no longer at " + journal),
                window.text("#formMessage"));
        assertEquals(TYPED, window.text("#mistake"), "the typed text must stay in the form");

        window.clickOn("Put the journal back");
        window.await("#draftOffer");
        window.clickOn("#resumeDraft");
        window.waitFor(() -> TYPED.equals(window.<TextInputControl>await("#mistake").getText()));
        window.reach("#savePlan");
        window.await("#detailTitle");
        window.stop();

        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            assertEquals(before + 1, session.planner().count(JournalSection.UPCOMING),
                    "everything saved before, and the new plan, are in the journal put back");
        }
    }

    @Test
    void aSecondWindowOnAnOpenJournalIsToldAndCanTryAgain() throws Exception {
        Path journal = folder.resolve("journal.db");
        SampleJournal.history(journal);
        JournalSession other = JournalSession.open(journal, Clock.systemDefaultZone());
        byte[] held = Files.readAllBytes(journal);
        try {
            window.start(journal);
            window.await("#tryAgain");
            assertTrue(window.text("#openingProblem").contains("open in another Good Enough window"),
                    window.text("#openingProblem"));
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            assertTrue(java.util.Arrays.equals(held, Files.readAllBytes(journal)),
                    "the second window wrote to the journal");
        } finally {
            other.close();
        }
        window.clickOn("#tryAgain");
        window.await("#welcome");
    }
}
