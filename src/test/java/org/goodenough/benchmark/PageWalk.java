package org.goodenough.benchmark;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A Java agent for the benchmark's child JVM: once the journal window is up and still, it goes
 * to each page with the window's own shortcuts, as a person would with the keys, twice over,
 * and prints for each visit, in milliseconds, how long until the page was laid out in a pulse
 * (drawn right after, on the renderer's thread, which is not counted) and the longest single
 * stall of the JavaFX thread while the page settled:
 * {@code page <name>|<first|again>|<shown>|<longest stall>}. Then it closes the app.
 */
public final class PageWalk {

    /** A wait for the JavaFX thread longer than this counts as work on it. */
    private static final long BUSY_MS = 8;
    private static final long QUIET_MS = 500;
    private static final long PING_MS = 2;

    private PageWalk() {
    }

    /** One place to go, and how to get there on the JavaFX thread. */
    private record Visit(String name, Consumer<Scene> go) {
    }

    public static void premain(String args, Instrumentation instrumentation) {
        Thread walker = new Thread(PageWalk::walk, "page-walk");
        walker.setDaemon(true);
        walker.start();
    }

    private static void walk() {
        try {
            Scene scene = journalWindow();
            settle(System.nanoTime(), 1_500);
            List<Visit> visits = List.of(
                    keys("ideas", KeyCode.I, false),
                    keys("ladders", KeyCode.L, false),
                    keys("insights", KeyCode.I, true),
                    keys("what I learned", KeyCode.L, true),
                    keys("search", KeyCode.F, false),
                    keys("your data", KeyCode.E, false),
                    keys("plan form", KeyCode.N, false),
                    keys("done list", KeyCode.DIGIT2, false),
                    new Visit("a done exposure", PageWalk::openNextDone),
                    keys("not now list", KeyCode.DIGIT3, false),
                    keys("upcoming list", KeyCode.DIGIT1, false));
            for (String round : List.of("first", "again")) {
                for (Visit visit : visits) {
                    long[] figures = time(scene, visit.go());
                    System.out.printf(Locale.ROOT, "page %s|%s|%d|%d%n", visit.name(), round,
                            figures[0], figures[1]);
                }
            }
            System.out.println("page-walk-done");
        } catch (Exception e) {
            System.out.println("page-walk-failed " + e);
        } finally {
            Platform.runLater(Platform::exit);
        }
    }

    /** A shortcut of the window: Ctrl (and Shift) with {@code code}. */
    private static Visit keys(String name, KeyCode code, boolean shift) {
        KeyEvent pressed = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, true, false,
                false);
        return new Visit(name, scene -> {
            for (Map.Entry<KeyCombination, Runnable> each : scene.getAccelerators().entrySet()) {
                if (each.getKey().match(pressed)) {
                    each.getValue().run();
                    return;
                }
            }
            throw new IllegalStateException("No shortcut " + pressed);
        });
    }

    /** Chooses the next exposure of the done list (the first at first), which opens its page. */
    private static void openNextDone(Scene scene) {
        ListView<?> done = (ListView<?>) scene.lookup("#listDONE");
        done.getSelectionModel().clearAndSelect(done.getSelectionModel().getSelectedIndex() + 1);
    }

    /** The journal window's scene, once its lists are there. */
    private static Scene journalWindow() throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < giveUp) {
            Thread.sleep(100);
            Scene found;
            try {
                found = onFx(() -> Window.getWindows().stream()
                        .filter(window -> window instanceof Stage && window.isShowing())
                        .map(Window::getScene)
                        .filter(scene -> scene != null && scene.lookup("#listDONE") != null)
                        .findFirst().orElse(null));
            } catch (IllegalStateException notYet) {
                continue;
            }
            if (found != null) {
                return found;
            }
        }
        throw new IllegalStateException("The journal window never showed");
    }

    /**
     * Goes to a page and returns, in ms, when the first pulse after it was laid out (the page
     * shown, drawn right after) and the longest single stall of the JavaFX thread until it has
     * been free for {@value #QUIET_MS} ms (a page that reads on the worker fills in meanwhile).
     */
    private static long[] time(Scene scene, Consumer<Scene> go) throws Exception {
        long start = System.nanoTime();
        long[] ran = new long[1];
        CompletableFuture<Long> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                go.accept(scene);
            } catch (RuntimeException e) {
                shown.completeExceptionally(e);
                return;
            } finally {
                ran[0] = System.nanoTime();
            }
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    shown.complete(System.nanoTime());
                }
            });
            Platform.requestNextPulse();
        });
        long shownAt = shown.get(60, TimeUnit.SECONDS);
        long longest = Math.max(settle(start, QUIET_MS), (ran[0] - start) / 1_000_000);
        return new long[] {(shownAt - start) / 1_000_000, longest};
    }

    /**
     * Pings the JavaFX thread until it has been free for {@code quietMs} since {@code start} or
     * its last stretch of work, with the journal's worker idle too; returns the longest single
     * wait, in ms.
     */
    private static long settle(long start, long quietMs) throws Exception {
        long lastBusyEnd = start;
        long longest = 0;
        while (true) {
            if ((System.nanoTime() - lastBusyEnd) / 1_000_000 >= quietMs) {
                if (!workerBusy()) {
                    break;
                }
                // What the page asked of the journal is still being read: its rows come after.
                lastBusyEnd = System.nanoTime();
            }
            long sent = System.nanoTime();
            onFx(() -> null);
            long waited = (System.nanoTime() - sent) / 1_000_000;
            if (waited > BUSY_MS) {
                lastBusyEnd = System.nanoTime();
                longest = Math.max(longest, waited);
            }
            Thread.sleep(PING_MS);
        }
        return longest;
    }

    /** Whether the journal's worker thread is running something, not waiting for work. */
    private static boolean workerBusy() {
        for (Thread each : Thread.getAllStackTraces().keySet()) {
            if (each.getName().equals("journal-worker")
                    && each.getState() == Thread.State.RUNNABLE) {
                return true;
            }
        }
        return false;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** The visits of one child, as printed: name, round, shown ms, longest stall ms. */
    record Figure(String page, String round, long shownMs, long longestMs) {

        static List<Figure> parse(List<String> lines) {
            List<Figure> figures = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("page ") && !line.startsWith("page-walk")) {
                    String[] parts = line.substring("page ".length()).split("\\|");
                    figures.add(new Figure(parts[0], parts[1], Long.parseLong(parts[2]),
                            Long.parseLong(parts[3])));
                }
            }
            return figures;
        }
    }
}
