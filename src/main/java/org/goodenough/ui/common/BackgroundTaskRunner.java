package org.goodenough.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs journal work on one background thread, in the order it was asked for, so saves never
 * overtake each other, and calls back on the FX thread.
 */
public final class BackgroundTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskRunner.class);

    private final ExecutorService worker;

    /** The runner of the journal's work, on a thread named "journal-worker". */
    public BackgroundTaskRunner() {
        this("journal-worker");
    }

    /** A runner of its own, for work that should never wait behind the journal's. */
    public BackgroundTaskRunner(String threadName) {
        worker = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Exception> onError) {
        if (worker.isShutdown()) {
            // The window is closing and the journal with it: a field that commits its value
            // as it loses the focus may still ask for a read, which has nobody to show it to.
            LOG.debug("Journal work asked for after closing; not run");
            return;
        }
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                Platform.runLater(() -> onError.accept(e));
            } catch (Throwable e) {
                // Even an Error must reach the form, or it would wait for this work for ever.
                Platform.runLater(() -> onError.accept(new IllegalStateException(e)));
            }
        });
    }

    /** Lets queued saves finish, then stops the thread. */
    @Override
    public void close() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Runs {@code work} after everything queued so far, on the worker thread. */
    public void runLast(Runnable work) {
        worker.execute(work);
    }
}
