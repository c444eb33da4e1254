package org.goodenough.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A button turned off while its work runs keeps the keyboard's place: the page does not
 * scroll to whatever control JavaFX would pass the keys to, and the keys come back after,
 * unless the person put them elsewhere meanwhile.
 */
class FocusWhileBusyTest {

    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private Stage stage;
    private ScrollPane page;
    private Button act;
    private TextField field;
    private Button foot;

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
    void theKeysWaitOutOfSightAndComeBack() throws Exception {
        show();
        on(() -> {
            act.requestFocus();
            busy.set(true);
        });
        // JavaFX passes the keys on from a control turned off in the next pulse.
        WaitForAsyncUtils.waitForFxEvents();
        on(() -> {
            assertTrue(act.isDisabled());
            assertFalse(foot.isFocused(), "the keys did not go to the foot of the page");
            assertEquals(0, page.getVvalue(), "the page did not scroll");
            busy.set(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        on(() -> {
            assertEquals(0, page.getVvalue(), "the page did not scroll");
            assertSame(act, stage.getScene().getFocusOwner());
            assertFalse(act.isDisabled());
        });
    }

    @Test
    void keysPutElsewhereMeanwhileStayThere() throws Exception {
        show();
        on(() -> {
            act.requestFocus();
            busy.set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        on(() -> {
            field.requestFocus();
            busy.set(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        on(() -> assertSame(field, stage.getScene().getFocusOwner()));
    }

    @Test
    void workStartedFromElsewhereLeavesTheKeysAlone() throws Exception {
        show();
        on(() -> {
            field.requestFocus();
            busy.set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        on(() -> {
            assertSame(field, stage.getScene().getFocusOwner());
            busy.set(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        on(() -> assertSame(field, stage.getScene().getFocusOwner()));
    }

    @Test
    void aRowHiddenWithTheKeysGivesThemToTheNextOneOrKeepsThemUntilItIsOn() throws Exception {
        show();
        Button confirm = new Button("Import it");
        on(() -> {
            FlowPane row = new FlowPane(confirm);
            ((VBox) page.getContent()).getChildren().add(1, row);
            Focus.keepWhenHidden(row, field);
            confirm.requestFocus();
            row.setVisible(false);
            assertSame(field, stage.getScene().getFocusOwner());
        });

        // The next one off meanwhile (the work the row started turns it off): the keys wait.
        on(() -> {
            confirm.getParent().setVisible(true);
            field.setDisable(true);
            confirm.requestFocus();
            confirm.getParent().setVisible(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        on(() -> {
            assertFalse(foot.isFocused(), "the keys did not go to the foot of the page");
            assertEquals(0, page.getVvalue(), "the page did not scroll");
            field.setDisable(false);
            assertSame(field, stage.getScene().getFocusOwner());
        });
    }

    /** A page taller than its window: a field, the button, a long gap, a button at its foot. */
    private void show() throws Exception {
        on(() -> {
            field = new TextField();
            act = new Button("Delete…");
            Focus.disableWhile(act, busy);
            Region gap = new Region();
            gap.setMinHeight(2000);
            foot = new Button("Print");
            page = new ScrollPane(new VBox(field, act, gap, foot));
            stage = new Stage();
            stage.setScene(new Scene(page, 400, 300));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void on(Runnable check) throws Exception {
        WaitForAsyncUtils.asyncFx(check).get();
    }
}
