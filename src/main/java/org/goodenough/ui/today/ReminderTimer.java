package org.goodenough.ui.today;

import java.time.Duration;

/**
 * Where the reminders' work runs, away from the FX thread: the app's is one thread of its own
 * ({@link ReminderThread}); a test drives one by a clock it moves itself.
 */
public interface ReminderTimer extends AutoCloseable {

    /** Runs {@code work} soon, after whatever was handed over before it. */
    void execute(Runnable work);

    /** Runs {@code work} once {@code delay} has passed; the answer cancels it. */
    Runnable schedule(Runnable work, Duration delay);

    /** Stops the timer; work not yet begun is dropped. */
    @Override
    void close();
}
