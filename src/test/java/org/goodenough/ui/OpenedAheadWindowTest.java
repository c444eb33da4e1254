package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.goodenough.domain.JournalSection;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PlanInput;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.journal.JournalView;
import org.goodenough.ui.journal.JournalViewModel;
import org.goodenough.ui.today.TodayView;
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
    void theFirstFrameHoldsTheFirstPlansOfTodayAndTheRestJoinRightAfter() throws Exception {
        Path journal = folder.resolve("journal.db");
        List<String> planned = new ArrayList<>();
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            session.preferences().markSafetyNoteRead();
            for (int i = 1; i <= 12; i++) {
                String mistake = "Send the draft with a typo, number " + i;
                session.planner().plan(new PlanInput(mistake, null, null, LocalDate.now().toString(),
                        null, null, null, null, null, null, null, null, null));
                planned.add(mistake);
            }
        }
        JournalSession opened = JournalSession.open(journal, Clock.systemDefaultZone());
        opened.readAhead(JournalViewModel.PAGE, TodayViewModel.SHOWN);
        AtomicReference<Integer> inFirstFrame = todayPlansInFirstFrame();

        window.startOpenedAhead(journal, CompletableFuture.completedFuture(opened));

        window.waitFor(() -> inFirstFrame.get() != null);
        assertEquals(TodayView.AT_FIRST, inFirstFrame.get(),
                "the first frame builds the plans the panel has room for");
        window.waitFor(() -> window.lookup("#today .today-entry").queryAll().size() == planned.size());
        List<String> shown = window.lookup("#today .today-mistake").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
        assertEquals(planned, shown, "every plan waiting joins, once and in order");
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

    /** How many of today's plans the Today panel holds when the first pulse has laid it out. */
    private static AtomicReference<Integer> todayPlansInFirstFrame() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicReference<Integer> counted = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> stage.showingProperty().addListener(
                (observable, was, showing) -> {
                    Scene scene = stage.getScene();
                    if (showing && scene != null) {
                        scene.addPostLayoutPulseListener(new Runnable() {
                            @Override
                            public void run() {
                                scene.removePostLayoutPulseListener(this);
                                counted.compareAndSet(null,
                                        scene.getRoot().lookupAll("#today .today-entry").size());
                            }
                        });
                    }
                })).get(10, TimeUnit.SECONDS);
        return counted;
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
