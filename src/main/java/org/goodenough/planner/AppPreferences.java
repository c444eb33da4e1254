package org.goodenough.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.goodenough.store.AppSettingsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Choices that belong to the app on this computer rather than to a journal (how large the
 * window draws, the theme, the language, reminders and daily backups, and where the window was
 * last), so a demonstration journal neither carries nor changes them. Read once when the app
 * starts; each change writes the whole file. Safe to use from any thread.
 */
public final class AppPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(AppPreferences.class);
    static final String ZOOM = "zoomPercent";
    static final String THEME = "theme";
    static final String LANGUAGE = "language";
    static final String REMINDERS = "reminders";
    static final String NOTIFICATIONS = "notifications";
    static final String DAILY_BACKUPS = "dailyBackups";
    static final String WINDOW = "window";

    private final AppSettingsFile file;
    private final ObjectNode read;
    private AppSettings current;
    private WindowPlace window;

    private AppPreferences(AppSettingsFile file) {
        this.file = file;
        this.read = file.read();
        this.current = fromJson(read);
        this.window = windowFrom(read.path(WINDOW));
    }

    /** The preferences kept in {@code file}, read now; a missing or damaged file gives the usual ones. */
    public static AppPreferences at(Path file) {
        return new AppPreferences(new AppSettingsFile(file));
    }

    public Path file() {
        return file.file();
    }

    /** The settings as they are now: as read when the app started, with every change since. */
    public synchronized AppSettings settings() {
        return current;
    }

    /**
     * Writes {@code changed} in place of the file, keeping any keys this version does not know.
     *
     * @throws org.goodenough.store.StoreException if it could not be written
     */
    public synchronized void save(AppSettings changed) {
        write(changed, window);
        current = changed;
    }

    /** Where the window was when it was last closed, if the file says so in a way that can be used. */
    public synchronized Optional<WindowPlace> windowPlace() {
        return Optional.ofNullable(window);
    }

    /**
     * Keeps where the window is; nothing is written when the file already says so. The rest
     * of the file is kept as it is now, not as it was read at the start: a second window of
     * the app (the demo beside the person's own journal) may have changed a setting since.
     *
     * @throws org.goodenough.store.StoreException if it could not be written
     */
    public synchronized void saveWindowPlace(WindowPlace place) {
        if (place.equals(window)) {
            return;
        }
        ObjectNode now = file.read();
        if (now.isEmpty()) {
            // Gone or unreadable now: written from what this app holds, as any change is.
            write(current, place);
        } else {
            put(now, place);
            file.write(now);
        }
        window = place;
    }

    private void write(AppSettings settings, WindowPlace place) {
        ObjectNode out = read.deepCopy();
        out.put(ZOOM, settings.zoomPercent());
        out.put(THEME, settings.theme().name().toLowerCase(Locale.ROOT));
        out.put(LANGUAGE, settings.language().name().toLowerCase(Locale.ROOT));
        out.put(REMINDERS, settings.reminders());
        out.put(NOTIFICATIONS, settings.notifications());
        out.put(DAILY_BACKUPS, settings.dailyBackups());
        if (place != null) {
            put(out, place);
        }
        file.write(out);
    }

    private static void put(ObjectNode out, WindowPlace place) {
        ObjectNode where = out.putObject(WINDOW);
        where.put("x", place.x());
        where.put("y", place.y());
        where.put("width", place.width());
        where.put("height", place.height());
        where.put("maximized", place.maximized());
    }

    /**
     * Changes one or more settings and writes them all, so two parts of the app that each
     * change their own setting never undo each other's.
     *
     * @return the settings now in force
     * @throws org.goodenough.store.StoreException if it could not be written; nothing changes then
     */
    public synchronized AppSettings update(UnaryOperator<AppSettings> change) {
        AppSettings changed = change.apply(current);
        save(changed);
        return changed;
    }

    /** Each setting on its own: one the app cannot use falls back to the usual, the others stay. */
    private static AppSettings fromJson(ObjectNode node) {
        AppSettings usual = AppSettings.USUAL;
        return new AppSettings(zoom(node.path(ZOOM)),
                choice(node.path(THEME), ThemeChoice.class, usual.theme()),
                choice(node.path(LANGUAGE), LanguageChoice.class, usual.language()),
                flag(node.path(REMINDERS), usual.reminders()),
                flag(node.path(NOTIFICATIONS), usual.notifications()),
                flag(node.path(DAILY_BACKUPS), usual.dailyBackups()));
    }

    /** The window's place, or null when there is none or it is not one the app can use. */
    private static WindowPlace windowFrom(JsonNode where) {
        if (where.isMissingNode()) {
            return null;
        }
        JsonNode x = where.path("x");
        JsonNode y = where.path("y");
        JsonNode width = where.path("width");
        JsonNode height = where.path("height");
        if (x.isNumber() && y.isNumber() && width.isNumber() && height.isNumber()) {
            try {
                return new WindowPlace(x.doubleValue(), y.doubleValue(), width.doubleValue(),
                        height.doubleValue(), where.path("maximized").asBoolean(false));
            } catch (IllegalArgumentException e) {
                // Said below.
            }
        }
        LOG.warn("The settings file holds a window place Good Enough cannot use; the usual one is used");
        return null;
    }

    private static int zoom(JsonNode zoom) {
        if (zoom.isMissingNode()) {
            return ZoomSteps.ACTUAL_SIZE;
        }
        if (!zoom.canConvertToInt() || zoom.asInt() != ZoomSteps.within(zoom.asInt())) {
            LOG.warn("The settings file holds a zoom Good Enough cannot use; the usual size is used");
            return ZoomSteps.ACTUAL_SIZE;
        }
        return zoom.asInt();
    }

    private static <E extends Enum<E>> E choice(JsonNode value, Class<E> type, E usual) {
        if (value.isMissingNode()) {
            return usual;
        }
        try {
            return Enum.valueOf(type, value.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            LOG.warn("The settings file holds a {} Good Enough does not know; the usual one is used",
                    type.getSimpleName());
            return usual;
        }
    }

    private static boolean flag(JsonNode value, boolean usual) {
        return value.isBoolean() ? value.booleanValue() : usual;
    }

    /** Light or dark, or as the system is set. */
    public enum ThemeChoice { SYSTEM, LIGHT, DARK }

    /** The language of the window, or the system's when it is one Good Enough speaks. */
    public enum LanguageChoice {
        SYSTEM(null), ENGLISH(Locale.ENGLISH), GERMAN(Locale.GERMAN);

        private final Locale locale;

        LanguageChoice(Locale locale) {
            this.locale = locale;
        }

        /** The locale to speak: the chosen one, or {@code system} for {@link #SYSTEM}. */
        public Locale locale(Locale system) {
            return locale == null ? system : locale;
        }
    }

    /**
     * The app's settings, apart from the live model the window binds to.
     *
     * @param zoomPercent   how large the window draws, from 100 to 200
     * @param theme         light, dark, or as the system is set
     * @param language      the language of the window
     * @param reminders     whether the Today panel shows what is planned for today and still waiting
     * @param notifications whether a desktop notification comes at a plan's time while the app runs
     * @param dailyBackups  whether a copy of the journal is made once a day when it opens
     */
    public record AppSettings(int zoomPercent, ThemeChoice theme, LanguageChoice language,
                              boolean reminders, boolean notifications, boolean dailyBackups) {

        public static final AppSettings USUAL = new AppSettings(ZoomSteps.ACTUAL_SIZE);

        public AppSettings {
            zoomPercent = ZoomSteps.within(zoomPercent);
            theme = theme == null ? ThemeChoice.SYSTEM : theme;
            language = language == null ? LanguageChoice.SYSTEM : language;
        }

        /** The usual settings at the given zoom. */
        public AppSettings(int zoomPercent) {
            this(zoomPercent, ThemeChoice.SYSTEM, LanguageChoice.SYSTEM, true, true, true);
        }

        public AppSettings withZoom(int percent) {
            return new AppSettings(percent, theme, language, reminders, notifications, dailyBackups);
        }

        public AppSettings withTheme(ThemeChoice chosen) {
            return new AppSettings(zoomPercent, chosen, language, reminders, notifications, dailyBackups);
        }

        public AppSettings withLanguage(LanguageChoice chosen) {
            return new AppSettings(zoomPercent, theme, chosen, reminders, notifications, dailyBackups);
        }

        public AppSettings withReminders(boolean shown) {
            return new AppSettings(zoomPercent, theme, language, shown, notifications, dailyBackups);
        }

        public AppSettings withNotifications(boolean on) {
            return new AppSettings(zoomPercent, theme, language, reminders, on, dailyBackups);
        }

        public AppSettings withDailyBackups(boolean on) {
            return new AppSettings(zoomPercent, theme, language, reminders, notifications, on);
        }
    }
}
