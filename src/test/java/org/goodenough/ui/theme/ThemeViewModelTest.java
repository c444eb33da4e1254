package org.goodenough.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.goodenough.DayClock;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.AppPreferences.ThemeChoice;
import org.goodenough.ui.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under "as the system", the theme reads the system's setting again when the window asks, at
 * most once in a few seconds, and the window turns dark or light only when the answer
 * changed. The settings are real (a settings file in a temporary folder); the system's
 * setting is a switch the test turns, read as the desktop's would be.
 */
class ThemeViewModelTest {

    @TempDir
    Path folder;
    private final AtomicBoolean systemIsDark = new AtomicBoolean();
    private final AtomicInteger readings = new AtomicInteger();
    private final DayClock clock = new DayClock("2026-12-07T09:00:00Z");

    private ThemeViewModel theme(ThemeChoice chosen) {
        AppPreferences preferences = AppPreferences.at(folder.resolve("settings.json"));
        preferences.update(settings -> settings.withTheme(chosen));
        return new ThemeViewModel(preferences, new SameThreadTaskRunner(), () -> {
            readings.incrementAndGet();
            return systemIsDark.get();
        }, new SameThreadTaskRunner(), clock);
    }

    @Test
    void aChangeOfTheSystemShowsWhenTheWindowAsksAgain() {
        ThemeViewModel theme = theme(ThemeChoice.SYSTEM);
        List<Boolean> drawn = new ArrayList<>();
        theme.dark().addListener((observable, was, dark) -> drawn.add(dark));
        theme.systemRead(false);
        assertFalse(theme.dark().get(), "light, as the system was at start");

        systemIsDark.set(true);
        clock.set("2026-12-07T09:01:00Z");
        theme.recheckSystem();
        assertTrue(theme.dark().get(), "dark, as the system is now");
        assertEquals(1, readings.get());

        clock.set("2026-12-07T09:02:00Z");
        theme.recheckSystem();
        assertEquals(2, readings.get(), "read again a minute later");
        assertEquals(List.of(true), drawn, "the same answer changes nothing");

        systemIsDark.set(false);
        clock.set("2026-12-07T09:03:00Z");
        theme.recheckSystem();
        assertFalse(theme.dark().get(), "light again");
        assertEquals(List.of(true, false), drawn);
    }

    @Test
    void readAtMostOnceInAFewSeconds() {
        ThemeViewModel theme = theme(ThemeChoice.SYSTEM);
        theme.systemRead(false);
        systemIsDark.set(true);
        // The clock moves a second each time it is read: still within the few seconds.
        theme.recheckSystem();
        theme.recheckSystem();
        assertEquals(0, readings.get(), "not read again just after start");
        assertFalse(theme.dark().get());

        clock.set("2026-12-07T09:00:30Z");
        theme.recheckSystem();
        theme.recheckSystem();
        theme.recheckSystem();
        assertEquals(1, readings.get(), "once, however often the window asks");
        assertTrue(theme.dark().get());
    }

    @Test
    void aChosenThemeNeverReadsTheSystemUntilAsTheSystemIsChosen() {
        ThemeViewModel theme = theme(ThemeChoice.LIGHT);
        systemIsDark.set(true);
        theme.recheckSystem();
        clock.set("2026-12-07T10:00:00Z");
        theme.recheckSystem();
        assertEquals(0, readings.get(), "light is light, whatever the system says");
        assertFalse(theme.dark().get());

        theme.choose(ThemeChoice.SYSTEM);
        assertEquals(1, readings.get(), "read at once when the person picks as the system");
        assertTrue(theme.dark().get(), "dark, as the system is");
        theme.choose(ThemeChoice.LIGHT);
        assertFalse(theme.dark().get());
    }
}
