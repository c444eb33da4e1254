package org.goodenough.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * For the benchmark and the training run of the class-data archive: when the system property
 * {@value #PROPERTY} is {@code true}, waits until the journal's lists are on screen, prints
 * {@code first-frame <ms>} (milliseconds since the process started) and
 * {@code peak-rss-kb <kB>} (the most memory the process held so far, on Linux) and closes the
 * app. Without the property it does nothing.
 */
public final class FirstFrameProbe {

    static final String PROPERTY = "goodenough.exitAfterFirstFrame";

    private FirstFrameProbe() {
    }

    static void watch(Scene scene, ObservableBooleanValue loaded) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        if (loaded.get()) {
            afterNextPulse(scene);
            return;
        }
        loaded.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable,
                                Boolean was, Boolean now) {
                if (now) {
                    loaded.removeListener(this);
                    afterNextPulse(scene);
                }
            }
        });
    }

    /**
     * After the next pulse lays {@code scene} out (it is drawn right after), prints the two
     * lines and closes the app. Also used by the benchmark's bare window, so both are measured
     * by the same code.
     */
    public static void afterNextPulse(Scene scene) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(FirstFrameProbe::report);
            }
        });
        Platform.requestNextPulse();
    }

    private static void report() {
        long millis = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis())
                .orElse(-1L);
        System.out.println("first-frame " + millis);
        System.out.println("peak-rss-kb " + peakResidentKilobytes());
        System.out.flush();
        Platform.exit();
    }

    /** VmHWM from /proc/self/status, or -1 where there is no such file. */
    private static long peakResidentKilobytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Not Linux: the benchmark says the figure is missing.
        }
        return -1;
    }
}
