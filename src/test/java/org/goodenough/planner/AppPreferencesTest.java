package org.goodenough.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.goodenough.planner.AppPreferences.LanguageChoice;
import org.goodenough.planner.AppPreferences.ThemeChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's own settings file: read once, written whole, forgiving of what it cannot read. */
class AppPreferencesTest {

    @TempDir
    Path folder;

    @Test
    void noFileYetMeansTheUsualSizeAndNothingIsWrittenUntilAChange() {
        Path file = folder.resolve("settings.json");

        assertEquals(100, AppPreferences.at(file).settings().zoomPercent());
        assertFalse(Files.exists(file));
    }

    @Test
    void aSavedZoomIsReadBackByTheNextStart() {
        Path file = folder.resolve("settings.json");
        AppPreferences.at(file).save(new AppPreferences.AppSettings(175));

        assertEquals(175, AppPreferences.at(file).settings().zoomPercent());
    }

    @Test
    void aDamagedFileGivesTheUsualSizeAndIsReplacedWholeAtTheNextChange() throws Exception {
        Path file = folder.resolve("settings.json");
        for (String damaged : new String[] {"{\"zoomPercent\": 15", "", "[150]", "\"150\"",
                "{\"zoomPercent\": \"large\"}", "{\"zoomPercent\": 500}", "{\"zoomPercent\": 20}",
                "\u0000\u0001binary", "{\"zoomPercent\": 150} and more",
                "{\"zoomPercent\": 150, \"deep\": " + "[".repeat(40) + "]".repeat(40) + "}"}) {
            Files.writeString(file, damaged, StandardCharsets.UTF_8);

            AppPreferences preferences = AppPreferences.at(file);

            assertEquals(100, preferences.settings().zoomPercent(), damaged);
            preferences.save(new AppPreferences.AppSettings(125));
            assertEquals(125, AppPreferences.at(file).settings().zoomPercent(), damaged);
        }
    }

    @Test
    void keysThisVersionDoesNotKnowAreKept() throws Exception {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, "{\"sound\": \"chime\", \"zoomPercent\": 110, \"later\": {\"a\": [1, 2.5,"
                + " 12345678901234567890, true, null, \"x\\\"y\"]}}");

        AppPreferences preferences = AppPreferences.at(file);
        assertEquals(110, preferences.settings().zoomPercent());
        preferences.save(new AppPreferences.AppSettings(200));

        String written = Files.readString(file);
        assertTrue(written.contains("\"sound\" : \"chime\""), written);
        assertTrue(written.contains("\"later\""), written);
        assertEquals("{\"a\":[1,2.5,12345678901234567890,true,null,\"x\\\"y\"]}",
                new org.goodenough.store.AppSettingsFile(file).read().get("later").toString(),
                "a newer version's value comes back exactly");
        assertEquals(200, AppPreferences.at(file).settings().zoomPercent());
    }

    @Test
    void aNumberTooLargeForTheAppIsKeptAndTheFileStaysReadable() throws Exception {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, "{\"zoomPercent\": 125, \"later\": 1e400, \"small\": -2.5e-3}");

        AppPreferences preferences = AppPreferences.at(file);
        preferences.update(settings -> settings.withTheme(ThemeChoice.DARK));

        AppPreferences.AppSettings read = AppPreferences.at(file).settings();
        assertEquals(125, read.zoomPercent(), Files.readString(file));
        assertEquals(ThemeChoice.DARK, read.theme(), Files.readString(file));
        assertEquals(-0.0025, new org.goodenough.store.AppSettingsFile(file).read().get("small")
                .doubleValue());
    }

    @Test
    void everySettingIsReadBackByTheNextStart() {
        Path file = folder.resolve("settings.json");
        AppPreferences.at(file).save(new AppPreferences.AppSettings(150, ThemeChoice.DARK,
                LanguageChoice.GERMAN, false, false, false));

        assertEquals(new AppPreferences.AppSettings(150, ThemeChoice.DARK, LanguageChoice.GERMAN,
                false, false, false), AppPreferences.at(file).settings());
    }

    @Test
    void aSettingTheAppCannotUseFallsBackAloneAndTheOthersStay() throws Exception {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, "{\"zoomPercent\": 125, \"theme\": \"dusk\", \"language\": 7,"
                + " \"reminders\": \"no\", \"notifications\": false, \"dailyBackups\": false}");

        AppPreferences.AppSettings read = AppPreferences.at(file).settings();

        assertEquals(new AppPreferences.AppSettings(125, ThemeChoice.SYSTEM, LanguageChoice.SYSTEM,
                true, false, false), read);
    }

    @Test
    void oneChangeKeepsEveryOtherSettingAsItIsNow() {
        Path file = folder.resolve("settings.json");
        AppPreferences preferences = AppPreferences.at(file);
        preferences.update(settings -> settings.withTheme(ThemeChoice.LIGHT));
        preferences.update(settings -> settings.withZoom(175));
        preferences.update(settings -> settings.withNotifications(false));

        AppPreferences.AppSettings expected = new AppPreferences.AppSettings(175, ThemeChoice.LIGHT,
                LanguageChoice.SYSTEM, true, false, true);
        assertEquals(expected, preferences.settings());
        assertEquals(expected, AppPreferences.at(file).settings());
    }

    @Test
    void aFolderMissingOnTheWayIsCreated() {
        Path file = folder.resolve("share/good-enough/settings.json");

        AppPreferences.at(file).save(new AppPreferences.AppSettings(150));

        assertEquals(150, AppPreferences.at(file).settings().zoomPercent());
    }

    @Test
    void stepsGoUpAndDownAndStopAtBothEnds() {
        assertEquals(110, ZoomSteps.larger(100));
        assertEquals(200, ZoomSteps.larger(175));
        assertEquals(200, ZoomSteps.larger(200));
        assertEquals(150, ZoomSteps.larger(130));
        assertEquals(175, ZoomSteps.smaller(200));
        assertEquals(100, ZoomSteps.smaller(110));
        assertEquals(100, ZoomSteps.smaller(100));
        assertEquals(125, ZoomSteps.smaller(130));
        assertEquals(100, ZoomSteps.within(40));
        assertEquals(200, ZoomSteps.within(400));
        assertEquals(100, new AppPreferences.AppSettings(10).zoomPercent());
    }

    @Test
    void whereTheWindowWasIsKeptBesideTheSettingsAndEachSaveKeepsTheOther() throws Exception {
        Path file = folder.resolve("settings.json");
        AppPreferences preferences = AppPreferences.at(file);
        assertTrue(preferences.windowPlace().isEmpty());

        preferences.update(settings -> settings.withTheme(ThemeChoice.DARK));
        WindowPlace place = new WindowPlace(120.5, -30, 960, 640, true);
        preferences.saveWindowPlace(place);
        preferences.update(settings -> settings.withZoom(150));

        AppPreferences next = AppPreferences.at(file);
        assertEquals(place, next.windowPlace().orElseThrow());
        assertEquals(ThemeChoice.DARK, next.settings().theme());
        assertEquals(150, next.settings().zoomPercent());
    }

    @Test
    void keepingTheWindowsPlaceLeavesASettingAnotherWindowChangedMeanwhile() {
        Path file = folder.resolve("settings.json");
        AppPreferences.at(file).save(new AppPreferences.AppSettings(125));
        AppPreferences own = AppPreferences.at(file);
        AppPreferences demo = AppPreferences.at(file);

        demo.update(settings -> settings.withTheme(ThemeChoice.DARK));
        own.saveWindowPlace(new WindowPlace(10, 20, 800, 600, false));

        AppPreferences next = AppPreferences.at(file);
        assertEquals(ThemeChoice.DARK, next.settings().theme());
        assertEquals(125, next.settings().zoomPercent());
        assertEquals(800, next.windowPlace().orElseThrow().width());
    }

    @Test
    void theSamePlaceAgainWritesNothing() throws Exception {
        Path file = folder.resolve("settings.json");
        WindowPlace place = new WindowPlace(10, 20, 800, 600, false);
        AppPreferences.at(file).saveWindowPlace(place);
        Files.writeString(file, Files.readString(file).replace("{", "{\"mark\": 1,"));

        AppPreferences again = AppPreferences.at(file);
        again.saveWindowPlace(new WindowPlace(10, 20, 800, 600, false));
        assertTrue(Files.readString(file).contains("\"mark\": 1"), "rewritten for nothing");

        again.saveWindowPlace(new WindowPlace(10, 20, 900, 600, false));
        assertEquals(900, AppPreferences.at(file).windowPlace().orElseThrow().width());
    }

    @Test
    void aWindowPlaceTheAppCannotUseIsLetGoAndTheOtherSettingsStay() throws Exception {
        Path file = folder.resolve("settings.json");
        for (String window : new String[] {"\"left\"", "[1, 2, 3, 4]", "{}",
                "{\"x\": 1, \"y\": 2, \"width\": 800}",
                "{\"x\": 1, \"y\": 2, \"width\": -800, \"height\": 600}",
                "{\"x\": 1, \"y\": 2, \"width\": 0, \"height\": 600}",
                "{\"x\": 1e400, \"y\": 2, \"width\": 800, \"height\": 600}",
                "{\"x\": \"1\", \"y\": 2, \"width\": 800, \"height\": 600}",
                "null"}) {
            Files.writeString(file, "{\"zoomPercent\": 125, \"window\": " + window + "}");

            AppPreferences preferences = AppPreferences.at(file);

            assertTrue(preferences.windowPlace().isEmpty(), window);
            assertEquals(125, preferences.settings().zoomPercent(), window);
        }
    }
}
