package org.goodenough.ui.theme;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.AppPreferences.ThemeChoice;
import org.goodenough.ui.common.LoggedError;
import org.goodenough.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Light or dark: the person's choice (as the system, light, or dark), the system's own
 * setting, and from both whether the window draws dark. A choice applies at once and is
 * remembered in the app's settings (never in the journal). {@link ThemeStyler} draws it.
 * Under "as the system", the system's setting is read again when the window asks
 * ({@link #recheckSystem()}, as it regains the focus), at most once in a few seconds and
 * never on the calling thread, so a change made in the system's settings shows by itself.
 */
public final class ThemeViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ThemeViewModel.class);
    /** The system's setting is read again at most this often. */
    static final Duration RECHECK_EVERY = Duration.ofSeconds(5);

    private final AppPreferences preferences;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<ThemeChoice> choice;
    private final BooleanProperty systemDark = new SimpleBooleanProperty(this, "systemDark");
    private final BooleanBinding dark;
    private final BooleanSupplier systemReading;
    private final TaskRunner reader;
    private final Clock clock;
    /** When the system's setting was last read (or asked for); null before the first time. */
    private Instant lastRead;
    private boolean reading;

    /**
     * The theme chosen in {@code preferences}; changes are written through {@code tasks}. The
     * system's setting counts as light until {@link #systemRead(boolean)} says otherwise, and
     * is never read here.
     */
    public ThemeViewModel(AppPreferences preferences, TaskRunner tasks) {
        this(preferences, tasks, null, null, Clock.systemUTC());
    }

    /**
     * The same, reading the system's setting with {@code systemReading} (such as
     * {@link SystemTheme#prefersDark()}) through {@code reader}, off the calling thread, when
     * the window follows the system and asks again; {@code clock} spaces the readings.
     */
    public ThemeViewModel(AppPreferences preferences, TaskRunner tasks,
            BooleanSupplier systemReading, TaskRunner reader, Clock clock) {
        this.preferences = preferences;
        this.tasks = tasks;
        this.systemReading = systemReading;
        this.reader = reader;
        this.clock = clock;
        this.choice = new ReadOnlyObjectWrapper<>(this, "choice", preferences.settings().theme());
        this.dark = Bindings.createBooleanBinding(() -> choice.get() == ThemeChoice.DARK
                || choice.get() == ThemeChoice.SYSTEM && systemDark.get(), choice, systemDark);
    }

    /** What the person chose: as the system, light, or dark. */
    public ReadOnlyObjectProperty<ThemeChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** Whether the system is set to dark colours, as last read. */
    public BooleanProperty systemDarkProperty() {
        return systemDark;
    }

    /**
     * Takes the system's setting as read elsewhere (at start, while the window was made), so
     * it is not read again within the next few seconds.
     */
    public void systemRead(boolean systemIsDark) {
        lastRead = clock.instant();
        systemDark.set(systemIsDark);
    }

    /**
     * Reads the system's setting again in the background when the window follows it, no
     * reading is under way and the last was a few seconds ago or more; the colours change
     * only when the answer did. Call it on the FX thread, for instance as the window regains
     * the focus.
     */
    public void recheckSystem() {
        if (!followsSystem() || systemReading == null || reading) {
            return;
        }
        Instant now = clock.instant();
        if (lastRead != null && now.isBefore(lastRead.plus(RECHECK_EVERY))) {
            return;
        }
        lastRead = now;
        reading = true;
        reader.run(systemReading::getAsBoolean, systemIsDark -> {
            reading = false;
            systemDark.set(systemIsDark);
        }, failure -> {
            reading = false;
            LOG.debug("The system's light or dark setting could not be read again", failure);
        });
    }

    /** Whether the window draws dark now: the choice, or the system's setting under "system". */
    public BooleanBinding dark() {
        return dark;
    }

    /** Whether the system's setting is needed to know the colours. */
    public boolean followsSystem() {
        return choice.get() == ThemeChoice.SYSTEM;
    }

    /** Shows {@code chosen} at once and remembers it for the next start. */
    public void choose(ThemeChoice chosen) {
        if (chosen == null || chosen == choice.get()) {
            return;
        }
        choice.set(chosen);
        recheckSystem();
        tasks.run(() -> preferences.update(settings -> settings.withTheme(chosen)), saved -> { },
                failure -> LOG.warn("The theme could not be remembered",
                        LoggedError.of(failure)));
    }
}
