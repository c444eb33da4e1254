package org.goodenough.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for start-up: a bare JavaFX window of the app's size with one label, started
 * the way the app is (a plain main class apart from the {@code Application}). After its first
 * pulse it prints the same two lines as the app's first-frame probe, and exits.
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
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(Window::report);
                }
            });
            Platform.requestNextPulse();
        }

        private static void report() {
            long millis = ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis())
                    .orElse(-1L);
            System.out.println("first-frame " + millis);
            System.out.println("peak-rss-kb " + peakKilobytes());
            System.out.flush();
            Platform.exit();
        }

        private static long peakKilobytes() {
            try {
                return Files.readAllLines(Path.of("/proc/self/status")).stream()
                        .filter(line -> line.startsWith("VmHWM:"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                        .findFirst().orElse(-1);
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
    }
}
