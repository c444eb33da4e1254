package org.goodenough.ui.theme;

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
 */
public final class ThemeViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ThemeViewModel.class);

    private final AppPreferences preferences;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<ThemeChoice> choice;
    private final BooleanProperty systemDark = new SimpleBooleanProperty(this, "systemDark");
    private final BooleanBinding dark;

    /**
     * The theme chosen in {@code preferences}; changes are written through {@code tasks}. The
     * system's setting counts as light until {@link #systemDarkProperty()} is told otherwise.
     */
    public ThemeViewModel(AppPreferences preferences, TaskRunner tasks) {
        this.preferences = preferences;
        this.tasks = tasks;
        this.choice = new ReadOnlyObjectWrapper<>(this, "choice", preferences.settings().theme());
        this.dark = Bindings.createBooleanBinding(() -> choice.get() == ThemeChoice.DARK
                || choice.get() == ThemeChoice.SYSTEM && systemDark.get(), choice, systemDark);
    }

    /** What the person chose: as the system, light, or dark. */
    public ReadOnlyObjectProperty<ThemeChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** Whether the system is set to dark colours; the app sets it once it has read it. */
    public BooleanProperty systemDarkProperty() {
        return systemDark;
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
        tasks.run(() -> preferences.update(settings -> settings.withTheme(chosen)), saved -> { },
                failure -> LOG.warn("The theme could not be remembered",
                        LoggedError.of(failure)));
    }
}
