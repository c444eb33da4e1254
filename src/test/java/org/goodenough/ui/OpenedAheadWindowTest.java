package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.goodenough.domain.JournalSection;
import org.goodenough.planner.JournalSession;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.journal.JournalView;
import org.goodenough.ui.journal.JournalViewModel;
import org.goodenough.ui.today.TodayViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The launcher begins opening the journal before the toolkit starts. When it is open by the
 * time the window is built, the window's first screen is the journal itself; when it is still
 * opening, or fails, the window says it is opening, then shows the journal or what went wrong.
 */
class OpenedAheadWindowTest {

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void aJournalOpenedInTimeIsTheFirstScreen() throws Exception {
        Path journal = SampleJournal.filledIn(folder);
        JournalSession opened = JournalSession.open(journal, Clock.systemDefaultZone());
        AtomicReference<Shown> shownFirst = whenFirstShown();

        window.startOpenedAhead(journal, CompletableFuture.completedFuture(opened));

        window.waitFor(() -> shownFirst.get() != null);
        assertInstanceOf(JournalView.class, shownFirst.get().root(), "no waiting screen before the journal");
        ListView<?> upcoming = window.await("#listUPCOMING");
        window.waitFor(() -> !upcoming.getItems().isEmpty());
        window.await("#welcome");
    }

    @Test
    void whatWasReadAheadIsInTheFirstFrame() throws Exception {
        Path journal = SampleJournal.filledIn(folder);
        JournalSession opened = JournalSession.open(journal, Clock.systemDefaultZone());
        opened.readAhead(JournalViewModel.PAGE, TodayViewModel.SHOWN);
        int upcoming = opened.planner().count(JournalSection.UPCOMING);
        AtomicReference<Shown> shownFirst = whenFirstShown();

        window.startOpenedAhead(journal, CompletableFuture.completedFuture(opened));

        window.waitFor(() -> shownFirst.get() != null);
        assertTrue(upcoming > 0);
        assertEquals(upcoming, shownFirst.get().upcoming(),
                "the lists are in the first frame, not an empty list before them");
        assertTrue(opened.takeReadAhead().isEmpty(), "the window took what was read");
    }

    @Test
    void aJournalStillOpeningIsShownWhenItIsOpen() throws Exception {
        Path journal = SampleJournal.filledIn(folder);
        CompletableFuture<JournalSession> opening = new CompletableFuture<>();

        window.startOpenedAhead(journal, opening);

        Label waiting = window.await(".form-note");
        assertEquals(Texts.get("app.openingJournal"), waiting.getText());
        opening.complete(JournalSession.open(journal, Clock.systemDefaultZone()));
        window.await("#welcome");
        window.waitFor(() -> window.stage().getScene().getRoot() instanceof JournalView);
    }

    @Test
    void aJournalThatFailedToOpenIsExplained() throws Exception {
        Path notAJournal = Files.writeString(folder.resolve("notes.db"), "shopping list, not a journal");
        CompletableFuture<JournalSession> opening = new CompletableFuture<>();
        opening.completeExceptionally(catchOpening(notAJournal));

        window.startOpenedAhead(notAJournal, opening);

        Label problem = window.await("#openingProblem");
        assertTrue(problem.getText().contains("notes.db"), problem.getText());
    }

    /** What the window held when it was first shown: its content, and the upcoming list's items. */
    private record Shown(Parent root, int upcoming) {
    }

    /** Takes what the window holds as it is first shown. */
    private static AtomicReference<Shown> whenFirstShown() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicReference<Shown> first = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> stage.showingProperty().addListener(
                (observable, was, showing) -> {
                    if (showing && first.get() == null) {
                        Parent root = stage.getScene().getRoot();
                        Node list = root.lookup("#listUPCOMING");
                        first.set(new Shown(root,
                                list instanceof ListView<?> shown ? shown.getItems().size() : -1));
                    }
                })).get(10, TimeUnit.SECONDS);
        return first;
    }

    private static RuntimeException catchOpening(Path file) {
        try {
            JournalSession.open(file, Clock.systemDefaultZone()).close();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError(file + " opened as a journal");
    }
}
