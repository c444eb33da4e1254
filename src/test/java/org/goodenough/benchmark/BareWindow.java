package org.goodenough.benchmark;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.goodenough.ui.FirstFrameProbe;

/**
 * The yardstick for start-up: a bare JavaFX window of the app's size with one label, started
 * the way the app is (a plain main class apart from the {@code Application}). After its first
 * frame is drawn it prints the same two lines as the app's first-frame probe, and exits.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Good Enough")), 1100, 740);
            stage.setTitle("Good Enough");
            stage.setScene(scene);
            stage.show();
            FirstFrameProbe.afterNextFrame(scene);
        }
    }
}
