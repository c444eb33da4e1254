package org.goodenough.ui;

import com.sun.javafx.perf.PerformanceTracker;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * For the benchmark and the training run of the class-data archive: when the system property
 * {@value #PROPERTY} is {@code true}, waits until the journal's lists are drawn on screen,
 * prints {@code first-frame <ms>} (milliseconds since the process started) and
 * {@code peak-rss-kb <kB>} (the most memory the process held so far, on Linux) and closes the
 * app. Without the property it does nothing.
 *
 * <p>The frame counts as shown when the renderer has drawn it, not when its pulse has laid it
 * out: the app's first frame took 150 to 250 ms to draw in software on the benchmark's
 * machine, against about 20 ms for a bare window's. That moment is told by the scene's
 * performance tracker, the toolkit's own frame counter behind {@code -Djavafx.pulseLogger}.
 *
 * <p>The milliseconds count from the start the system reports for the process, which Linux
 * works out from a boot time kept in whole seconds: the start can read early by up to a second,
 * the same for every process until the next boot, so the figure reads long (by about 330 ms on
 * the benchmark's machine on one day). So the benchmark times the line itself, from just before
 * it starts the process.
 */
public final class FirstFrameProbe {

    static final String PROPERTY = "goodenough.exitAfterFirstFrame";
    /** How long to wait for the frame before giving up, printing no figure, and closing. */
    private static final long GIVE_UP_MS = 60_000;

    private FirstFrameProbe() {
    }

    static void watch(Scene scene, ObservableBooleanValue loaded) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        if (loaded.get()) {
            afterNextFrame(scene);
            return;
        }
        loaded.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable,
                                Boolean was, Boolean now) {
                if (now) {
                    loaded.removeListener(this);
                    afterNextFrame(scene);
                }
            }
        });
    }

    /**
     * When the frame the next pulse lays out in {@code scene} is drawn, prints the two lines and
     * closes the app. Also used by the benchmark's bare window, so both are measured by the
     * same code.
     *
     * <p>Frames are drawn one after another, and a pulse waits for the frame before it to be
     * drawn only after laying itself out; so when a frame is still being drawn as the next pulse
     * is laid out, that earlier frame is taken. At start-up there is none when the window's
     * first pulse lays out the journal (the journal opened while the toolkit started, as in
     * the benchmark). A pulse with nothing to draw draws no frame: should none come, the app
     * closes after a minute without a figure, and the benchmark says so.
     */
    public static void afterNextFrame(Scene scene) {
        AtomicInteger drawn = new AtomicInteger();
        AtomicInteger wanted = new AtomicInteger(Integer.MAX_VALUE);
        AtomicBoolean reported = new AtomicBoolean();
        Runnable finish = () -> {
            if (reported.compareAndSet(false, true)) {
                report();
                Platform.runLater(Platform::exit);
            }
        };
        boolean tracked = whenDrawn(scene, () -> {
            if (drawn.incrementAndGet() >= wanted.get()) {
                finish.run();
            }
        });
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                if (tracked) {
                    wanted.set(drawn.get() + 1);
                } else {
                    Platform.runLater(finish);
                }
            }
        });
        Platform.requestNextPulse();
        Thread giveUp = new Thread(() -> {
            try {
                Thread.sleep(GIVE_UP_MS);
            } catch (InterruptedException e) {
                return;
            }
            if (reported.compareAndSet(false, true)) {
                System.err.println("No frame drawn in " + GIVE_UP_MS + " ms");
                Platform.exit();
            }
        }, "first-frame-probe");
        giveUp.setDaemon(true);
        giveUp.start();
    }

    /**
     * Has {@code drawn} run on the renderer's thread after each frame of {@code scene} is drawn;
     * false when JavaFX, on the module path, keeps its tracker to itself. Then the frame counts
     * as shown once laid out, and the figure reads early by the time it takes to draw.
     */
    private static boolean whenDrawn(Scene scene, Runnable drawn) {
        try {
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(drawn);
            return true;
        } catch (IllegalAccessError e) {
            return false;
        }
    }

    private static void report() {
        long millis = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis())
                .orElse(-1L);
        System.out.println("first-frame " + millis);
        System.out.println("peak-rss-kb " + peakResidentKilobytes());
        System.out.flush();
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
