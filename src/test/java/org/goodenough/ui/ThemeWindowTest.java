package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import com.sun.javafx.stage.WindowHelper;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.goodenough.DayClock;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.AppPreferences.ThemeChoice;
import org.goodenough.planner.JournalSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Appearance menu in the real window: choosing dark or light by clicks changes the colours
 * at once (the page and its text, as the stylesheets resolve them), and the choice is in the
 * app's settings file on the next start, which opens in it.
 */
class ThemeWindowTest {

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void theMenuSwitchesTheThemeAtOnceAndTheNextStartKeepsIt() throws Exception {
        Path journal = readJournal();
        Path settings = folder.resolve("settings.json");
        // Light to begin with, whatever this computer is set to.
        AppPreferences.at(settings).update(chosen -> chosen.withTheme(ThemeChoice.LIGHT));
        window.start(journal, settings);
        window.await("#welcome");
        assertTrue(luminance(page()) > 0.8, "a light page: " + page());
        assertTrue(luminance(heading()) < 0.25, "dark words: " + heading());

        window.clickOn("#appearance").clickOn("#themeDark");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(luminance(page()) < 0.15, "a dark page at once: " + page());
        assertTrue(luminance(heading()) > 0.5, "light words at once: " + heading());
        window.waitFor(() -> AppPreferences.at(settings).settings().theme() == ThemeChoice.DARK);
        assertTrue(Files.readString(settings).contains("\"theme\":\"dark\"")
                || Files.readString(settings).contains("\"theme\" : \"dark\""), Files.readString(settings));
        window.stop();

        window.start(journal, settings);
        window.await("#welcome");
        assertTrue(luminance(page()) < 0.15, "the next start opens dark: " + page());
        assertTrue(((RadioMenuItem) themeItem("themeDark")).isSelected(), "the menu says dark");
        window.clickOn("#appearance").clickOn("#themeLight");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(luminance(page()) > 0.8, "light again: " + page());
        window.waitFor(() -> AppPreferences.at(settings).settings().theme() == ThemeChoice.LIGHT);
        assertEquals(100, AppPreferences.at(settings).settings().zoomPercent(),
                "the zoom is left as it was");
    }

    @Test
    void theSettingsPageChoosesTheThemeAndTheLanguageAndTheMenusFollow() throws Exception {
        Path journal = readJournal();
        Path settings = folder.resolve("settings.json");
        AppPreferences.at(settings).update(chosen -> chosen.withTheme(ThemeChoice.LIGHT));
        window.start(journal, settings);
        window.await("#welcome");

        window.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.COMMA);
        window.await("#settingsPage");
        assertTrue(window.lookup("#settingsThemeLIGHT").<RadioButton>query().isSelected());
        window.clickOn("#settingsThemeDARK");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(luminance(page()) < 0.15, "a dark page at once: " + page());
        assertTrue(((RadioMenuItem) themeItem("themeDark")).isSelected(), "the menu follows");
        window.clickOn("#settingsLanguageGERMAN");
        window.waitFor(() -> AppPreferences.at(settings).settings().language()
                == AppPreferences.LanguageChoice.GERMAN);
        assertEquals(ThemeChoice.DARK, AppPreferences.at(settings).settings().theme(),
                "one choice does not undo the other");

        window.clickOn("#appearance").clickOn("#themeLight");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.lookup("#settingsThemeLIGHT").<RadioButton>query().isSelected(),
                "the page follows the menu");
    }

    /**
     * Under "as the system", a change of the system's setting made while the window is in the
     * background shows when it comes back to the front: the page, the palette on the scene
     * and the toolkit's stylesheet all turn, and back again.
     */
    @Test
    void asTheSystemFollowsAChangeWhenTheWindowComesBack() throws Exception {
        Path journal = readJournal();
        Path settings = folder.resolve("settings.json");
        AppPreferences.at(settings).update(chosen -> chosen.withTheme(ThemeChoice.SYSTEM));
        AtomicBoolean systemIsDark = new AtomicBoolean(false);
        DayClock clock = new DayClock("2026-12-07T09:00:00Z");
        window.start(journal, settings, systemIsDark::get, clock);
        window.await("#welcome");
        assertTrue(luminance(page()) > 0.8, "light, as the system at start: " + page());
        assertTrue(palette().endsWith("light.css"), palette());

        systemIsDark.set(true);
        clock.set("2026-12-07T09:05:00Z");
        awayAndBack();
        window.waitFor(() -> luminance(page()) < 0.15);
        assertTrue(palette().endsWith("dark.css"), "the dark palette: " + palette());
        assertTrue(Application.getUserAgentStylesheet().contains("dark"),
                "the dark theme: " + Application.getUserAgentStylesheet());
        assertTrue(luminance(heading()) > 0.5, "light words: " + heading());
        assertEquals(ThemeChoice.SYSTEM, AppPreferences.at(settings).settings().theme(),
                "the choice is still as the system");

        systemIsDark.set(false);
        clock.set("2026-12-07T09:10:00Z");
        awayAndBack();
        window.waitFor(() -> luminance(page()) > 0.8);
        assertTrue(palette().endsWith("light.css"), "the light palette again: " + palette());
    }

    /**
     * The window loses the focus to another program (where the system's setting is changed)
     * and gets it back. Monocle's headless screen keeps every window focused, so the test
     * tells the window what the desktop would: the toolkit's own call for a focus change.
     */
    private void awayAndBack() {
        window.interact(() -> WindowHelper.setFocused(window.stage(), false));
        window.interact(() -> WindowHelper.setFocused(window.stage(), true));
    }

    private String palette() {
        return window.stage().getScene().getStylesheets().get(0);
    }

    private Object themeItem(String id) {
        return window.lookup("#appearance").<javafx.scene.control.MenuButton>query().getItems()
                .stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    /** The page's background as drawn: the journal view's first fill. */
    private Color page() {
        Region journal = window.lookup(".journal").query();
        return (Color) journal.getBackground().getFills().get(0).getFill();
    }

    private Color heading() {
        return (Color) window.lookup("#welcome .form-heading").<Label>query().getTextFill();
    }

    private static double luminance(Color color) {
        return 0.2126 * color.getRed() + 0.7152 * color.getGreen() + 0.0722 * color.getBlue();
    }

    private Path readJournal() throws Exception {
        Path journal = folder.resolve("journal.db");
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            session.preferences().markSafetyNoteRead();
        }
        return journal;
    }
}
