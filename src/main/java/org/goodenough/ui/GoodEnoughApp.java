package org.goodenough.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.DemoJournal;
import org.goodenough.planner.JournalBackups;
import org.goodenough.planner.JournalSession;
import org.goodenough.store.Backup;
import org.goodenough.store.JournalDamagedException;
import org.goodenough.store.JournalInUseException;
import org.goodenough.store.JournalMovedException;
import org.goodenough.ui.common.BackgroundTaskRunner;
import org.goodenough.ui.common.ErrorDialog;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.FirstFrame;
import org.goodenough.ui.common.LoggedError;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.UnsavedText;
import org.goodenough.ui.journal.JournalView;
import org.goodenough.ui.journal.JournalViewModel;
import org.goodenough.ui.journal.Reopener;
import org.goodenough.ui.language.LanguageViewModel;
import org.goodenough.ui.opening.JournalProblemView;
import org.goodenough.ui.settings.SettingsViewModel;
import org.goodenough.ui.theme.SystemTheme;
import org.goodenough.ui.theme.ThemeStyler;
import org.goodenough.ui.theme.ThemeViewModel;
import org.goodenough.ui.today.DesktopNotifier;
import org.goodenough.ui.zoom.SceneZoom;
import org.goodenough.ui.zoom.ZoomViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: shows the window at once, opens the journal in the background, then
 * shows the journal, or a plain explanation of why it could not be opened.
 */
public final class GoodEnoughApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(GoodEnoughApp.class);
    private static final String JOURNAL = "journal";
    private static final String DEMO = "--demo";
    private static final String SETTINGS = "settings";
    private static final String SETTINGS_FILE = "settings.json";
    /** How long the first frame may wait for the system's light or dark setting. */
    private static final long SYSTEM_THEME_WAIT_MS = 300;
    /** How long the first frame may wait for the journal begun before the toolkit started. */
    private static final long OPENING_WAIT_MS = 500;

    private Path journal;
    private boolean demo;
    /** The journal begun before the toolkit started, until the window takes it. */
    private Future<JournalSession> opening;
    private Path settingsFile;
    private AppPreferences preferences;
    /** The system's way of writing dates, put back when the app stops. */
    private Locale systemFormat;
    private ZoomViewModel zoom;
    private SettingsViewModel settings;
    private PlanReminders reminders;
    private LanguageViewModel language;
    private CompletableFuture<Boolean> systemDark;
    /** Reads the system's light or dark setting: the desktop's own, unless a test gives one. */
    private BooleanSupplier systemReading = SystemTheme::prefersDark;
    /** Where the system's setting is read again, apart from the journal's work. */
    private BackgroundTaskRunner systemReader;
    /** Spaces the readings of the system's setting. */
    private Clock themeClock = Clock.systemUTC();
    private ThemeViewModel theme;
    private ThemeStyler themeStyler;
    private SceneZoom sceneZoom;
    private Stage stage;
    private WindowPlacement placement;
    private BackgroundTaskRunner tasks;
    private JournalSession session;
    private JournalViewModel window;
    private final Clock clock = Clock.systemDefaultZone();
    /** The person's journal, opening since before the toolkit started; taken once. */
    private static volatile Future<JournalSession> openingAtLaunch;
    /** The app's settings, being read since before the toolkit started; taken once. */
    private static volatile Future<AppPreferences> settingsAtLaunch;

    /** Used by the JavaFX launcher; the journal comes from the {@code --journal=} parameter. */
    public GoodEnoughApp() {
    }

    /** An app on the given journal, with the app's settings in a file beside it. */
    public GoodEnoughApp(Path journal) {
        this(journal, null, false);
    }

    /** An app on the given journal and settings file, for tests and tools that start it themselves. */
    public GoodEnoughApp(Path journal, Path settingsFile) {
        this(journal, settingsFile, false);
    }

    /**
     * An app on {@code journal}, or on the demo journal when {@code demo} (leaving
     * {@code journal} closed until the person leaves the demo for it), with the app's own
     * settings in {@code settingsFile}, or beside the journal when that is null.
     */
    public GoodEnoughApp(Path journal, Path settingsFile, boolean demo) {
        this.journal = journal;
        this.settingsFile = settingsFile;
        this.demo = demo;
    }

    /**
     * An app as {@link #GoodEnoughApp(Path, Path)} whose journal was begun to be opened before it
     * started, as {@link #launch(Path, Path, Future, Future)} does: for window tests of that.
     */
    GoodEnoughApp(Path journal, Path settingsFile, Future<JournalSession> opening) {
        this(journal, settingsFile, false);
        this.opening = opening;
    }

    /**
     * An app as {@link #GoodEnoughApp(Path, Path)}, which reads the system's light or dark
     * setting with {@code systemReading} instead of asking the desktop, spacing the readings
     * by {@code themeClock}: for window tests of following the system.
     */
    GoodEnoughApp(Path journal, Path settingsFile, BooleanSupplier systemReading, Clock themeClock) {
        this(journal, settingsFile, false);
        this.systemReading = systemReading;
        this.themeClock = themeClock;
    }

    /**
     * Starts the toolkit and shows the window on {@code journal}, or on the demo journal when
     * {@code demo}, with the app's own settings (the zoom) kept in {@code settingsFile};
     * returns when it closes.
     */
    public static void launch(Path journal, Path settingsFile, boolean demo) {
        String named = "--" + JOURNAL + "=" + journal;
        String settings = "--" + SETTINGS + "=" + settingsFile;
        if (demo) {
            Application.launch(GoodEnoughApp.class, named, settings, DEMO);
        } else {
            Application.launch(GoodEnoughApp.class, named, settings);
        }
    }

    /**
     * As {@link #launch(Path, Path, boolean)} for the person's own journal, whose opening and
     * settings have already begun to be read (so they run while the toolkit starts): the window
     * takes over {@code opening}, and shows what it failed with as if it had opened the journal
     * itself, and takes {@code settings}, reading them itself only if that failed.
     */
    public static void launch(Path journal, Path settingsFile, Future<AppPreferences> settings,
                              Future<JournalSession> opening) {
        settingsAtLaunch = settings;
        openingAtLaunch = opening;
        launch(journal, settingsFile, false);
    }

    @Override
    public void init() {
        if (journal == null) {
            String named = getParameters().getNamed().get(JOURNAL);
            if (named == null) {
                throw new IllegalStateException("Start Good Enough with org.goodenough.app.Launcher");
            }
            journal = Path.of(named);
            demo = getParameters().getUnnamed().contains(DEMO);
            String settings = getParameters().getNamed().get(SETTINGS);
            settingsFile = settings == null ? null : Path.of(settings);
        }
        if (settingsFile == null) {
            settingsFile = journal.toAbsolutePath().resolveSibling(SETTINGS_FILE);
        }
        if (opening == null) {
            opening = openingAtLaunch;
            openingAtLaunch = null;
        }
        // A small file read before the window shows, so the first frame has the zoom and the
        // language already: every node is built after this, in the chosen language.
        preferences = readEarly(settingsAtLaunch);
        settingsAtLaunch = null;
        if (preferences == null) {
            preferences = AppPreferences.at(settingsFile);
        }
        Texts.use(LanguageViewModel.localeFor(preferences));
        // JavaFX names the months and weekdays of the date picker's calendar in the default
        // format locale, so that follows the window's language too, in the person's region.
        systemFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT,
                LanguageViewModel.formatLocaleFor(Texts.locale(), systemFormat));
        zoom = new ZoomViewModel(preferences);
        // The system's light or dark setting is read meanwhile, off the toolkit's threads, when
        // the first frame needs it.
        if (preferences.settings().theme() == AppPreferences.ThemeChoice.SYSTEM) {
            systemDark = CompletableFuture.supplyAsync(systemReading::getAsBoolean);
        }
    }

    @Override
    public void start(Stage primaryStage) {
        Thread.setDefaultUncaughtExceptionHandler(ErrorDialog::uncaught);
        stage = primaryStage;
        tasks = new BackgroundTaskRunner();
        language = new LanguageViewModel(preferences, tasks);
        systemReader = new BackgroundTaskRunner("system-theme");
        theme = new ThemeViewModel(preferences, tasks, systemReading, systemReader, themeClock);
        followSystemTheme();
        themeStyler = new ThemeStyler(theme);
        themeStyler.start();
        settings = new SettingsViewModel(preferences, tasks, zoom, theme, language);
        reminders = new PlanReminders(settings, DesktopNotifier.forThisSystem(), clock);
        Scene scene = new Scene(waiting(Texts.get("app.openingJournal")), 1100, 740);
        scene.getStylesheets().add(GoodEnoughApp.class.getResource("app.css").toExternalForm());
        themeStyler.attach(scene);
        sceneZoom = new SceneZoom(zoom);
        sceneZoom.attach(scene);
        stage.setTitle(Texts.get("app.goodEnough"));
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        stage.setScene(scene);
        placement = new WindowPlacement(stage, preferences);
        placement.restore();
        // A change of the system's light or dark setting is made elsewhere, so it is looked
        // for when the window comes back to the front.
        stage.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                theme.recheckSystem();
            }
        });
        JournalSession ready = demo ? null : openedInTime(opening);
        if (ready != null) {
            // Opened while the toolkit started: the first frame shown is the journal itself.
            opening = null;
            Throwable failed = null;
            try {
                opened(ready);
            } catch (RuntimeException | LinkageError e) {
                failed = e;
            }
            stage.show();
            if (failed != null) {
                // Said over the window, as when the window is built after the toolkit started.
                ErrorDialog.uncaught(Thread.currentThread(), failed);
            }
        } else {
            stage.show();
            if (demo) {
                openDemo();
            } else {
                open(journal);
            }
        }
        WindowIcon.putOn(stage);
    }

    /**
     * The journal begun before the toolkit, when it opens within a moment (as it nearly always
     * does: a journal as this app closed it opens in milliseconds); else null, and the window
     * shows that it is opening, then the journal or what went wrong, as for any other opening.
     */
    private static JournalSession openedInTime(Future<JournalSession> begun) {
        if (begun == null) {
            return null;
        }
        try {
            return begun.get(OPENING_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Closes the journal shown and opens a new demo journal from the example person: for the
     * menu item, and for "Reset demo". The person's own journal is not touched.
     */
    private void openDemo() {
        closeSession();
        stage.getScene().setRoot(waiting(Texts.get("app.openingDemoJournal")));
        tasks.run(() -> DemoJournal.open(clock), this::opened,
                failure -> problem(journal, failure));
    }

    private void open(Path file) {
        stage.getScene().setRoot(waiting(Texts.get("app.openingJournal")));
        Future<JournalSession> begun = opening;
        opening = null;
        tasks.run(() -> begun != null && !demo ? taken(begun) : JournalSession.open(file, clock),
                this::opened, failure -> problem(file, failure));
    }

    /** The settings read while the toolkit started, or null when there are none or it failed. */
    private static AppPreferences readEarly(Future<AppPreferences> read) {
        if (read == null) {
            return null;
        }
        try {
            return read.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The journal opened while the toolkit started, or what opening it failed with. */
    private static JournalSession taken(Future<JournalSession> begun) throws Exception {
        try {
            return begun.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * Says why the journal did not open. For a damaged one, the newest whole backup is looked
     * for and offered; the damaged file itself is never written to.
     */
    private void problem(Path file, Exception failure) {
        JournalProblemView view = new JournalProblemView(Failures.describe(failure), this::open,
                Platform::exit);
        stage.getScene().setRoot(view);
        if (failure instanceof JournalInUseException) {
            view.offerRetry(() -> open(file));
        }
        if (failure instanceof JournalDamagedException) {
            tasks.run(() -> JournalBackups.newestGood(file, clock),
                    found -> found.ifPresent(backup -> view.offerRestore(backup,
                            chosen -> restore(file, chosen))),
                    lookFailed -> LOG.warn("Looking for a backup to offer failed",
                            LoggedError.of(lookFailed)));
        }
    }

    /** Closes the journal, puts the backup in its place and opens it again. */
    private void restore(Path file, Backup backup) {
        closeSession();
        stage.getScene().setRoot(waiting(Texts.get("app.restoringCopy")));
        tasks.run(() -> {
            JournalBackups.restore(file, backup, clock);
            return file;
        }, this::open, failure -> problem(file, failure));
    }

    private void opened(JournalSession opened) {
        closeSession();
        session = opened;
        JournalViewModel model = new JournalViewModel(opened, tasks, new Reopener() {
            @Override
            public void restore(Backup backup) {
                GoodEnoughApp.this.restore(opened.file(), backup);
            }

            @Override
            public void recover(JournalMovedException moved) {
                GoodEnoughApp.this.recover(opened, moved);
            }

            @Override
            public void demo() {
                openDemo();
            }

            @Override
            public void ownJournal() {
                closeSession();
                open(journal);
            }
        }, Platform::runLater, settings);
        window = model;
        if (!opened.isDemo()) {
            // Before the first read, which tells the reminders of the plans.
            reminders.follow(opened, model);
        }
        // What was read while the toolkit started is shown at once; else the lists are read on
        // the worker while the window is built, and arrive after it.
        model.load();
        JournalView view = new JournalView(model, zoom, language, theme);
        stage.getScene().setRoot(view);
        FirstFrame.after(view, IdleMemory::giveBackWhenIdle);
        stage.setOnCloseRequest(event -> {
            if (model.hasUnsavedForm()) {
                if (UnsavedText.confirmLeaving(stage)) {
                    model.leaveUnsaved();
                } else {
                    event.consume();
                }
            }
        });
        stage.setTitle(opened.isDemo() ? Texts.get("app.goodEnoughDemoJournal")
                : Texts.format("app.goodEnoughFile", opened.file().getFileName()));
        FirstFrameProbe.watch(stage.getScene(), model.loadedProperty());
        if (opened.isDemo() || !settings.dailyBackupsProperty().get()) {
            return;
        }
        // The day's copy is made after the lists are read, so it never delays them.
        tasks.run(() -> opened.backups().dailyIfDue(), made -> { },
                failure -> LOG.warn("The day's backup could not be made", LoggedError.of(failure)));
    }

    /**
     * After the journal file was moved or deleted while open: writes it back to its place from
     * what the open journal still reads (only when nothing is there now), then opens it again.
     * The text of an unsaved form is kept as a draft and offered back once it has opened.
     */
    private void recover(JournalSession lost, JournalMovedException moved) {
        tasks.run(() -> {
            if (moved.gone()) {
                lost.putBack();
            }
            return lost.file();
        }, file -> {
            closeSession();
            open(file);
        }, failure -> {
            if (window != null) {
                window.tell(Failures.describe(failure));
            }
        });
    }

    /**
     * Tells the theme the system's setting: at once when it was read in time for the first
     * frame, else as soon as it arrives. When the person chose light or dark, the first frame
     * does not need it, and the theme reads it only if they pick "as the system".
     */
    private void followSystemTheme() {
        if (systemDark == null) {
            return;
        }
        try {
            theme.systemRead(systemDark.get(SYSTEM_THEME_WAIT_MS, TimeUnit.MILLISECONDS));
            return;
        } catch (TimeoutException | ExecutionException e) {
            LOG.debug("The system's light or dark setting is late", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        systemDark.thenAccept(dark -> Platform.runLater(() -> theme.systemRead(dark)));
    }

    @Override
    public void stop() throws InterruptedException {
        // A demonstration keeps nothing, the window's place neither.
        if (placement != null && !demo) {
            placement.remember();
        }
        if (themeStyler != null) {
            themeStyler.detach();
        }
        if (sceneZoom != null) {
            sceneZoom.detach();
        }
        if (zoom != null) {
            zoom.close();
        }
        if (tasks != null) {
            closeSession();
            tasks.close();
        }
        if (reminders != null) {
            reminders.close();
        }
        if (systemReader != null) {
            systemReader.close();
        }
        if (systemFormat != null) {
            Locale.setDefault(Locale.Category.FORMAT, systemFormat);
        }
    }

    /** Closes the journal after every save already asked for has finished. */
    private void closeSession() {
        if (reminders != null) {
            reminders.stop();
        }
        if (window != null) {
            window.closeDrafts();
            window = null;
        }
        JournalSession closing = session;
        session = null;
        if (closing != null) {
            tasks.runLast(() -> {
                try {
                    closing.close();
                } catch (RuntimeException e) {
                    LOG.warn("Closing the journal failed", LoggedError.of(e));
                }
            });
        }
    }

    private static Parent waiting(String doing) {
        Label label = new Label(doing);
        label.getStyleClass().add("form-note");
        StackPane pane = new StackPane(label);
        pane.getStyleClass().add("journal");
        return pane;
    }
}
