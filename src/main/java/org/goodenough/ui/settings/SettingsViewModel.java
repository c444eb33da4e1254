package org.goodenough.ui.settings;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.AppPreferences.AppSettings;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.language.LanguageViewModel;
import org.goodenough.ui.theme.ThemeViewModel;
import org.goodenough.ui.zoom.ZoomViewModel;

/**
 * The app's own settings as the window uses them, live: each choice applies at once and is
 * written to settings.json (apart from any journal) through the task runner, one setting at a
 * time, so no choice undoes another. The zoom keeps its own model and writer.
 */
public final class SettingsViewModel {

    private final AppPreferences preferences;
    private final TaskRunner tasks;
    private final ZoomViewModel zoom;
    private final ThemeViewModel theme;
    private final LanguageViewModel language;
    private final BooleanProperty reminders;
    private final BooleanProperty notifications;
    private final BooleanProperty dailyBackups;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * The settings page's model. Zoom, theme and language keep their own models, which the
     * menus share, so the page and a menu always show the same choice.
     */
    public SettingsViewModel(AppPreferences preferences, TaskRunner tasks, ZoomViewModel zoom,
                             ThemeViewModel theme, LanguageViewModel language) {
        this.preferences = preferences;
        this.tasks = tasks;
        this.zoom = zoom;
        this.theme = theme;
        this.language = language;
        AppSettings now = preferences.settings();
        reminders = kept(now.reminders(), on -> settings -> settings.withReminders(on));
        notifications = kept(now.notifications(), on -> settings -> settings.withNotifications(on));
        dailyBackups = kept(now.dailyBackups(), on -> settings -> settings.withDailyBackups(on));
    }

    /** A choice that starts as read and writes itself whenever it changes. */
    private BooleanProperty kept(boolean start, Function<Boolean, UnaryOperator<AppSettings>> change) {
        BooleanProperty choice = new SimpleBooleanProperty(start);
        choice.addListener((observable, old, on) -> remember(change.apply(on)));
        return choice;
    }

    private void remember(UnaryOperator<AppSettings> change) {
        tasks.run(() -> preferences.update(change), saved -> message.set(""),
                failure -> message.set(Texts.get("settings.notRemembered")));
    }

    /** Whether the Today panel shows plans for today and earlier ones still waiting. */
    public BooleanProperty remindersProperty() {
        return reminders;
    }

    /** Whether a desktop notification comes at a plan's time while the app runs. */
    public BooleanProperty notificationsProperty() {
        return notifications;
    }

    /** Whether a copy of the journal is made once a day when it opens. */
    public BooleanProperty dailyBackupsProperty() {
        return dailyBackups;
    }

    public ZoomViewModel zoom() {
        return zoom;
    }

    public ThemeViewModel theme() {
        return theme;
    }

    public LanguageViewModel language() {
        return language;
    }

    /** Empty, or why a choice could not be remembered for the next start (it applies now all the same). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
