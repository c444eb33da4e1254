package org.goodenough.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The toolbar is one row from the window's first frame: the window asks for its height before
 * laying it out, and a title that gives way must not leave it two rows tall for that frame (in
 * the journal's window, 98 px against 56 at 1100 px wide, so everything below moved up once the
 * next frame came).
 */
class CalmToolbarTest {

    private Stage stage;

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void askedItsHeightBeforeLayoutItAnswersForTheRowItWillBe() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicReference<CalmToolbar> made = new AtomicReference<>();
        AtomicReference<Double> asked = new AtomicReference<>();
        List<Double> laidOut = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Label title = new Label("A title far too long to sit beside all of these buttons");
            title.setMinWidth(Region.USE_PREF_SIZE);
            FlowPane actions = new FlowPane();
            for (int i = 1; i <= 7; i++) {
                actions.getChildren().add(new Button("Action number " + i));
            }
            CalmToolbar toolbar = new CalmToolbar(title, actions, List.of());
            made.set(toolbar);
            BorderPane window = new BorderPane(new Region(), toolbar, null, null, null);
            stage = new Stage();
            Scene scene = new Scene(window, 1100, 900);
            // As the window does before laying the toolbar out: styled, then asked its height.
            window.applyCss();
            asked.set(toolbar.prefHeight(1100));
            scene.addPostLayoutPulseListener(() -> laidOut.add(toolbar.getHeight()));
            stage.setScene(scene);
            stage.show();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        CalmToolbar toolbar = made.get();
        assertFalse(laidOut.isEmpty(), "the window was laid out");
        double settled = WaitForAsyncUtils.asyncFx(toolbar::getHeight).get(10, TimeUnit.SECONDS);
        assertFalse(toolbar.getChildrenUnmodifiable().get(0).isVisible(), "the title gave way");
        FlowPane actions = (FlowPane) toolbar.getChildrenUnmodifiable().get(1);
        double button = ((Region) actions.getChildren().get(0)).getHeight();
        assertTrue(actions.getHeight() < 2 * button, "the buttons sit in one row");
        assertEquals(settled, asked.get(), 0.5, "the height it gave before it was laid out");
        assertEquals(settled, laidOut.get(0), 0.5, "its height in the first frame: " + laidOut);
    }
}
