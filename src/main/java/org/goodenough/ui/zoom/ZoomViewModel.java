package org.goodenough.ui.zoom;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.ZoomSteps;
import org.goodenough.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How large the window draws, from 100 % to 200 %, for a projector or large text. Each change
 * is remembered in the app's settings (never in the journal), written on a thread of its own
 * a moment after the last change, so stepping through sizes writes the file once.
 */
public final class ZoomViewModel implements AutoCloseable {

    /** How long a change waits for the next before the settings are written. */
    static final long DELAY_MS = 300;
    private static final Logger LOG = LoggerFactory.getLogger(ZoomViewModel.class);

    private final AppPreferences preferences;
    private final ReadOnlyIntegerWrapper percent;
    private final DoubleBinding scale;
    private final AtomicInteger toWrite = new AtomicInteger();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
            work -> {
                Thread thread = new Thread(work, "settings-writer");
                thread.setDaemon(true);
                return thread;
            });

    public ZoomViewModel(AppPreferences preferences) {
        this.preferences = preferences;
        this.percent = new ReadOnlyIntegerWrapper(this, "percent",
                preferences.settings().zoomPercent());
        this.scale = Bindings.createDoubleBinding(() -> percent.get() / 100.0, percent);
    }

    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    /** The zoom as a factor: 1 at the usual size, 2 at 200 %. */
    public DoubleBinding scale() {
        return scale;
    }

    public BooleanBinding atLargest() {
        return percent.greaterThanOrEqualTo(ZoomSteps.largest());
    }

    public BooleanBinding atSmallest() {
        return percent.lessThanOrEqualTo(ZoomSteps.smallest());
    }

    public void zoomIn() {
        set(ZoomSteps.larger(percent.get()));
    }

    public void zoomOut() {
        set(ZoomSteps.smaller(percent.get()));
    }

    public void actualSize() {
        set(ZoomSteps.ACTUAL_SIZE);
    }

    /** Draws the window at {@code wanted} percent, kept within 100 and 200. */
    public void set(int wanted) {
        int within = ZoomSteps.within(wanted);
        if (within == percent.get()) {
            return;
        }
        percent.set(within);
        if (toWrite.getAndSet(within) == 0 && !writer.isShutdown()) {
            writer.schedule(this::write, DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void write() {
        int newest = toWrite.getAndSet(0);
        if (newest == 0) {
            return;
        }
        try {
            preferences.update(settings -> settings.withZoom(newest));
        } catch (StoreException e) {
            // The window keeps the size; only the next start would not know it.
            LOG.warn("The zoom could not be remembered ({})", e.getCause() == null ? "refused"
                    : e.getCause().getClass().getSimpleName());
        }
    }

    /** Writes a change still waiting, then stops the writer thread; for closing the app. */
    @Override
    public void close() {
        if (writer.isShutdown()) {
            return;
        }
        try {
            writer.submit(this::write).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("The zoom could not be remembered before closing");
        }
        writer.shutdown();
    }
}
