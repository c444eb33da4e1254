package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.goodenough.planner.JournalSession;
import org.goodenough.domain.Ladder;
import org.goodenough.planner.LadderInput;
import org.goodenough.ui.journal.JournalViewModel;
import org.goodenough.ui.ladder.LadderView;
import org.goodenough.ui.ladder.LadderViewModel;
import org.goodenough.ui.ladder.LaddersView;
import org.goodenough.ui.ladder.LaddersViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The ladders page gives the keyboard to its list when the ladders arrive, also when they
 * arrive before the page is first drawn: the list is a scroll pane's content, which joins
 * the scene only then. A ladder's page opened from the keyboard before it is read starts on
 * the ladder's name once it is. Built without the robot, so the order can be made to happen.
 */
class LaddersPageFocusTest {

    @TempDir
    Path folder;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::hide).get();
        }
    }

    @Test
    void laddersReadBeforeThePageIsDrawnStillTakeTheKeys() throws Exception {
        Path journal = SampleJournal.emptyNoteRead(folder);
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            session.ladders().create(new LadderInput("Reports", null, null));
            HeldTaskRunner tasks = new HeldTaskRunner();
            VBox window = new VBox();
            WaitForAsyncUtils.asyncFx(() -> {
                Button before = new Button("Ladders");
                window.getChildren().add(before);
                stage = new Stage();
                stage.setScene(new Scene(window, 800, 600));
                stage.show();
                before.requestFocus();
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            LaddersView page = WaitForAsyncUtils.asyncFx(() -> {
                // The page joins a window already shown, as it does in the app.
                LaddersView shown = new LaddersView(new LaddersViewModel(session.ladders(), tasks,
                        new JournalViewModel(session, new SameThreadTaskRunner())));
                window.getChildren().add(shown);
                // As a fast disk may: the ladders come before the page's first pulse.
                tasks.finishAll();
                return shown;
            }).get();
            WaitForAsyncUtils.waitForFxEvents();

            Node list = page.lookup("#ladders");
            assertNotNull(list, "the list is in the page once it is drawn");
            assertSame(list, stage.getScene().getFocusOwner(), "the keys go to the ladders");
        }
    }

    @Test
    void aLadderOpenedFromTheKeyboardBeforeItIsReadStartsOnItsName() throws Exception {
        Path journal = SampleJournal.emptyNoteRead(folder);
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            Ladder ladder = session.ladders().create(new LadderInput("Reports", null, null));
            session.planner().plan(LadderPlannerFixture.rung("Ask one question", "20", ladder.id()));
            HeldTaskRunner tasks = new HeldTaskRunner();
            LadderView page = WaitForAsyncUtils.asyncFx(() -> {
                LadderView shown = new LadderView(new LadderViewModel(session, tasks,
                        new JournalViewModel(session, new SameThreadTaskRunner()), ladder.id()));
                stage = new Stage();
                stage.setScene(new Scene(shown, 800, 600));
                stage.show();
                return shown;
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            // Before the ladder is read, only the worksheet's button is there to take the keys,
            // as the window gives them to a page shown from the keyboard.
            WaitForAsyncUtils.asyncFx(() -> page.lookup("#ladderWorksheetButton").requestFocus()).get();
            WaitForAsyncUtils.asyncFx(tasks::finishAll).get();
            WaitForAsyncUtils.waitForFxEvents();

            assertSame(page.lookup("#ladderTitle"), stage.getScene().getFocusOwner(),
                    "the keys went to the ladder's name, not down the page with the worksheet");
        }
    }
}
