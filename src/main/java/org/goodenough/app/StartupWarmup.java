package org.goodenough.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.JournalSession;
import org.goodenough.store.SqliteLibrary;
import org.goodenough.ui.journal.JournalViewModel;
import org.goodenough.ui.today.TodayViewModel;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.SubstituteLoggerFactory;

/**
 * A head start for the window. While the JavaFX toolkit starts on its own threads, a thread of
 * its own sets up the log, opens the journal and reads what the window shows first (the window
 * takes it over when it is ready for it), and a second one, started once the log is set up,
 * reads the app's settings (loading Jackson's parser) for the window, which reads them only if
 * that failed. Nearly every machine has
 * two cores or more, and otherwise the window would wait for each of these one after the other.
 */
final class StartupWarmup {

    private StartupWarmup() {
    }

    /** What was begun before the toolkit: the app's settings and the journal, each being read. */
    record HeadStart(Future<AppPreferences> settings, Future<JournalSession> journal) {
    }

    /** Starts both; each is handed to the window, a failure too. */
    static HeadStart begin(Path settingsFile, Path journal, Path cache) {
        CompletableFuture<AppPreferences> settings = new CompletableFuture<>();
        CompletableFuture<JournalSession> opening = new CompletableFuture<>();
        daemon("journal-opening", () -> {
            try {
                // The log is set up first, before any other of these threads could log: a call
                // made while another thread sets it up is held back and replayed, with a notice
                // about it on the console. The settings (which load Jackson, and log through
                // their own loggers) are read beside the journal only then.
                logReady();
                daemon("start-up-warmup", () -> {
                    try {
                        settings.complete(AppPreferences.at(settingsFile));
                    } catch (RuntimeException | LinkageError e) {
                        settings.completeExceptionally(e);
                    }
                });
                SqliteLibrary.keepIn(cache);
                JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone());
                try {
                    readAhead(session);
                } finally {
                    // Whatever reading ahead met, the window takes the journal (and closes it).
                    opening.complete(session);
                }
            } catch (RuntimeException | LinkageError e) {
                opening.completeExceptionally(e);
                settings.completeExceptionally(e);
            }
        });
        return new HeadStart(settings, opening);
    }

    /**
     * Reads what the window shows first, so its first frame can show the lists. If that fails,
     * the window reads them itself and says what went wrong as it always does.
     */
    private static void readAhead(JournalSession session) {
        try {
            session.readAhead(JournalViewModel.PAGE, TodayViewModel.SHOWN);
        } catch (RuntimeException | LinkageError e) {
            LoggerFactory.getLogger(StartupWarmup.class).debug("Reading ahead failed", e);
        }
    }

    /**
     * Returns once the log is set up: by this thread, or by the launcher's own, which sets it
     * up instead when it asks for the window's logger first. Until then the log hands out
     * stand-in loggers that hold each call back, and a journal opened meanwhile logged through
     * one of them, which brought the replay notice to the console.
     */
    static void logReady() {
        while (LoggerFactory.getILoggerFactory() instanceof SubstituteLoggerFactory) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
