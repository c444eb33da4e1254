package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.AppPreferences.LanguageChoice;
import org.goodenough.planner.AppPreferences.ThemeChoice;
import org.goodenough.planner.JournalSession;
import org.goodenough.ui.journal.JournalView;
import org.goodenough.ui.journal.JournalViewModel;
import org.goodenough.ui.journal.Reopener;
import org.goodenough.ui.language.LanguageViewModel;
import org.goodenough.ui.settings.SettingsViewModel;
import org.goodenough.ui.theme.ThemeViewModel;
import org.goodenough.ui.zoom.ZoomViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A journal's window that another has taken the place of (a demo reset, a backup put back) is
 * not held by the app's own settings, which outlive it. Built without TestFX's robot, whose
 * record of the events it sent would hold the window itself.
 */
class ReplacedWindowTest {

    @TempDir
    Path folder;
    private ZoomViewModel zoom;
    private ThemeViewModel theme;
    private LanguageViewModel language;
    private SettingsViewModel settings;
    private JournalSession session;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void app() {
        AppPreferences preferences = AppPreferences.at(folder.resolve("settings.json"));
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        zoom = new ZoomViewModel(preferences);
        theme = new ThemeViewModel(preferences, tasks);
        language = new LanguageViewModel(preferences, tasks);
        settings = new SettingsViewModel(preferences, tasks, zoom, theme, language);
        session = JournalSession.open(folder.resolve("journal.db"), Clock.systemDefaultZone());
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::hide).get();
        }
        zoom.close();
        session.close();
    }

    @Test
    void aWindowReplacedByAnotherIsFreed() throws Exception {
        WeakReference<JournalView> replaced = WaitForAsyncUtils.asyncFx(() -> {
            JournalViewModel model = new JournalViewModel(session, new SameThreadTaskRunner(),
                    Reopener.NONE, Runnable::run, settings);
            JournalView window = new JournalView(model, zoom, language, theme);
            stage = new Stage();
            stage.setScene(new Scene(window, 1100, 740));
            stage.show();
            model.load();
            model.showSettings();
            model.showInsights();
            return new WeakReference<>(window);
        }).get();
        // Drawn, so every control has its skin, and its menus their popups.
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            // As when another journal opens: the scene stays, and a new root takes its place.
            stage.getScene().setRoot(new StackPane());
        }).get();
        // The settings still change after, as they would in the window that took its place.
        WaitForAsyncUtils.asyncFx(() -> {
            zoom.set(150);
            theme.choose(ThemeChoice.DARK);
            language.choose(LanguageChoice.GERMAN);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        for (int tries = 0; tries < 100 && replaced.get() != null; tries++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(replaced.get(), "nothing holds the window once it is gone");
    }
}
