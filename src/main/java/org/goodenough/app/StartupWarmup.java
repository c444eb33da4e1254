package org.goodenough.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.JournalSession;
import org.slf4j.LoggerFactory;

/**
 * A head start for the window. While the JavaFX toolkit starts on its own threads, a thread of
 * its own sets up the log and opens the journal (the window takes it over when it is ready for
 * it), and a second one, started once the log is set up, loads Jackson by reading the app's
 * settings. Nearly every machine has
 * two cores or more, and otherwise the window would wait for each of these one after the other.
 */
final class StartupWarmup {

    private StartupWarmup() {
    }

    /** Starts both; the journal's opening is handed to the window (a failure too). */
    static Future<JournalSession> begin(Path settingsFile, Path journal) {
        CompletableFuture<JournalSession> opening = new CompletableFuture<>();
        daemon("journal-opening", () -> {
            try {
                // The log is set up first, before any other of these threads could log: a call
                // made while another thread sets it up is held back and replayed, with a notice
                // about it on the console. The settings (which load Jackson, and log through
                // their own loggers) are read beside the journal only then.
                LoggerFactory.getILoggerFactory();
                daemon("start-up-warmup", () -> {
                    try {
                        AppPreferences.at(settingsFile).settings();
                    } catch (RuntimeException | LinkageError e) {
                        // Only a head start: the window does the same work and tells of any problem.
                    }
                });
                opening.complete(JournalSession.open(journal, Clock.systemDefaultZone()));
            } catch (RuntimeException | LinkageError e) {
                opening.completeExceptionally(e);
            }
        });
        return opening;
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
