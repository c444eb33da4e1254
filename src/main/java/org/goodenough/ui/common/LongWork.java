package org.goodenough.ui.common;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.goodenough.domain.Progress;

/**
 * The state of one long piece of work, such as a large export, for a progress bar with a
 * Cancel button: how far it has come, whether it runs, and the person's wish to stop, which
 * the work hears the next time it reports progress.
 */
public final class LongWork {

    /** A progress bar shows this while the amount of work is not known yet. */
    public static final double NOT_KNOWN_YET = -1;

    private final Executor fxThread;
    private final ReadOnlyDoubleWrapper done = new ReadOnlyDoubleWrapper(NOT_KNOWN_YET);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** @param fxThread runs updates of the properties on the FX thread */
    public LongWork(Executor fxThread) {
        this.fxThread = fxThread;
    }

    /** Marks the work as begun; the progress returned is handed to the work itself. */
    public Progress begin() {
        cancelled.set(false);
        done.set(NOT_KNOWN_YET);
        running.set(true);
        AtomicInteger shownPercent = new AtomicInteger(-1);
        return (count, total) -> {
            if (cancelled.get()) {
                throw new CancellationException("Stopped at the person's wish");
            }
            int percent = total <= 0 ? 0 : (int) Math.min(100, count * 100 / total);
            // Only whole percents reach the screen, so a large file does not flood the FX thread.
            if (shownPercent.getAndSet(percent) != percent) {
                fxThread.execute(() -> {
                    if (running.get()) {
                        done.set(percent / 100.0);
                    }
                });
            }
        };
    }

    /** Marks the work as over, however it ended. */
    public void end() {
        running.set(false);
        done.set(NOT_KNOWN_YET);
    }

    /** Asks the work to stop; it undoes what it began and ends with a cancellation. */
    public void cancel() {
        cancelled.set(true);
    }

    public ReadOnlyDoubleProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether a failure is the cancel asked for, rather than a problem. */
    public static boolean isCancel(Exception failure) {
        return failure instanceof CancellationException;
    }
}
