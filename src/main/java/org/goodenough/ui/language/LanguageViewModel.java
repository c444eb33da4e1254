package org.goodenough.ui.language;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.AppPreferences.LanguageChoice;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.common.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language of the window: as the system is set (German for any German locale, English
 * otherwise), or English or German by choice. The choice is kept in the app's settings and
 * takes effect when the app next starts, so no form being written is ever rebuilt under the
 * person's hands. A settings page can bind to the same model.
 */
public final class LanguageViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageViewModel.class);

    private final AppPreferences preferences;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<LanguageChoice> choice;
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    public LanguageViewModel(AppPreferences preferences, TaskRunner tasks) {
        this.preferences = preferences;
        this.tasks = tasks;
        this.choice = new ReadOnlyObjectWrapper<>(this, "choice", preferences.settings().language());
    }

    /**
     * The locale the app speaks for {@code chosen} on a system set to {@code system}: German for
     * any German locale, English otherwise. When the system speaks that language already, its
     * own locale is kept, so dates and numbers read as the person is used to (en-GB, de-AT).
     */
    public static Locale localeFor(LanguageChoice chosen, Locale system) {
        Locale wanted = chosen.locale(system);
        Locale spoken = Locale.GERMAN.getLanguage().equals(wanted.getLanguage()) ? Locale.GERMAN
                : Locale.ENGLISH;
        return spoken.getLanguage().equals(system.getLanguage()) ? system : spoken;
    }

    /**
     * The way of writing dates and naming months for a window that speaks {@code spoken}: the
     * system's own when it speaks the same language, else that language in the system's region,
     * so the week still starts on the region's day and the paper stays the region's size.
     */
    public static Locale formatLocaleFor(Locale spoken, Locale systemFormat) {
        if (spoken.getLanguage().equals(systemFormat.getLanguage())) {
            return systemFormat;
        }
        return new Locale.Builder().setLanguage(spoken.getLanguage())
                .setRegion(systemFormat.getCountry()).build();
    }

    /** The locale the settings in {@code preferences} ask for, on this system. */
    public static Locale localeFor(AppPreferences preferences) {
        return localeFor(preferences.settings().language(), Locale.getDefault(Locale.Category.DISPLAY));
    }

    public ReadOnlyObjectProperty<LanguageChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** What the last choice means for the person, such as when it takes effect; empty at first. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Keeps {@code chosen} for the next start, and says when the window will speak it. */
    public void choose(LanguageChoice chosen) {
        if (chosen == choice.get()) {
            return;
        }
        choice.set(chosen);
        boolean same = localeFor(chosen, Locale.getDefault(Locale.Category.DISPLAY))
                .getLanguage().equals(Texts.locale().getLanguage());
        tasks.run(() -> preferences.update(settings -> settings.withLanguage(chosen)),
                saved -> note.set(same ? "" : Texts.get("language.nextStart")),
                failure -> {
                    LOG.warn("The language could not be kept in the settings", failure);
                    note.set(Texts.get("language.notKept"));
                });
    }
}
