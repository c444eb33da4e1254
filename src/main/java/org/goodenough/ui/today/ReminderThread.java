package org.goodenough.ui.today;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app's reminder timer: one daemon thread, so the window never waits for a reminder. */
public final class ReminderThread implements ReminderTimer {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderThread.class);

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            work -> {
                Thread reminders = new Thread(work, "reminders");
                reminders.setDaemon(true);
                return reminders;
            });

    @Override
    public void execute(Runnable work) {
        try {
            thread.execute(work);
        } catch (RejectedExecutionException closed) {
            LOG.debug("The reminders have stopped; nothing more is planned");
        }
    }

    @Override
    public Runnable schedule(Runnable work, Duration delay) {
        try {
            Future<?> pending = thread.schedule(work, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> pending.cancel(false);
        } catch (RejectedExecutionException closed) {
            return () -> { };
        }
    }

    /** Stops the thread, waiting a moment for a journal read under way to finish. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The reminder thread did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
