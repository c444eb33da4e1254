package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.WindowPlace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opens where it was last closed, as large as it was: the place is kept in the
 * app's settings file when the app stops, and one that is off every screen is let go.
 */
class WindowPlaceWindowTest {

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void close() throws Exception {
        window.stopAtUsualSize();
    }

    @Test
    void theWindowOpensWhereItWasClosedAndAsLarge() throws Exception {
        Path settings = folder.resolve("settings.json");
        Path journal = readJournal();
        AppPreferences.at(settings).saveWindowPlace(new WindowPlace(100, 60, 900, 600, false));

        startOn(journal, settings);
        Stage stage = window.stage();
        assertEquals(100, stage.getX(), 0.5);
        assertEquals(60, stage.getY(), 0.5);
        assertEquals(900, stage.getWidth(), 0.5);
        assertEquals(600, stage.getHeight(), 0.5);

        window.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(650);
        });
        WaitForAsyncUtils.waitForFxEvents();
        window.stop();

        assertEquals(new WindowPlace(40, 30, 1000, 650, false),
                AppPreferences.at(settings).windowPlace().orElseThrow());
        startOn(journal, settings);
        assertEquals(1000, window.stage().getWidth(), 0.5);
        assertEquals(40, window.stage().getX(), 0.5);
    }

    @Test
    void aMaximizedWindowOpensMaximizedAndKeepsTheSizeItGoesBackTo() throws Exception {
        Path settings = folder.resolve("settings.json");
        Path journal = readJournal();
        AppPreferences.at(settings).saveWindowPlace(new WindowPlace(100, 60, 900, 600, false));
        startOn(journal, settings);

        window.interact(() -> window.stage().setMaximized(true));
        WaitForAsyncUtils.waitForFxEvents();
        window.stop();

        WindowPlace kept = AppPreferences.at(settings).windowPlace().orElseThrow();
        assertEquals(true, kept.maximized());
        assertEquals(900, kept.width(), 0.5);
        assertEquals(600, kept.height(), 0.5);
        startOn(journal, settings);
        assertEquals(true, window.stage().isMaximized());
    }

    @Test
    void aWindowToldItsNewPlaceBeforeItIsMaximizedStillGoesBackToItsOwn() throws Exception {
        Path settings = folder.resolve("settings.json");
        Rectangle2D screen = screen();
        AppPreferences.at(settings).saveWindowPlace(new WindowPlace(screen.getMinX() + 100,
                screen.getMinY() + 60, 900, 600, false));
        startOn(readJournal(), settings);

        // As some systems tell it: the whole screen's place and size first, then "maximized".
        window.interact(() -> {
            Stage stage = window.stage();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.setMaximized(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        window.stop();

        // It goes back to its own place too, not to the screen's corner.
        WindowPlace kept = AppPreferences.at(settings).windowPlace().orElseThrow();
        assertEquals(true, kept.maximized());
        assertEquals(screen.getMinX() + 100, kept.x(), 0.5);
        assertEquals(screen.getMinY() + 60, kept.y(), 0.5);
        assertEquals(900, kept.width(), 0.5);
        assertEquals(600, kept.height(), 0.5);
    }

    @Test
    void aDemoSessionLeavesWhereTheWindowWasAsItWas() throws Exception {
        Path settings = folder.resolve("settings.json");
        AppPreferences.at(settings).saveWindowPlace(new WindowPlace(100, 60, 900, 600, false));
        String before = Files.readString(settings);
        window.startDemo(readJournal(), settings);
        window.await("#demoBanner");
        assertEquals(900, window.stage().getWidth(), 0.5);

        window.interact(() -> window.stage().setWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();
        window.stop();

        assertEquals(before, Files.readString(settings));
    }

    @Test
    void aPlaceOffEveryScreenOpensAtTheUsualSizeOnTheScreen() throws Exception {
        Path settings = folder.resolve("settings.json");
        Rectangle2D screen = screen();
        AppPreferences.at(settings).saveWindowPlace(
                new WindowPlace(screen.getMaxX() + 500, 40, 900, 600, false));

        startOn(readJournal(), settings);

        Stage stage = window.stage();
        assertEquals(true, stage.getX() >= screen.getMinX() && stage.getX() < screen.getMaxX(),
                "on the screen: x " + stage.getX());
        assertEquals(false, stage.getWidth() == 900, "not the size kept for the other screen");
    }

    @Test
    void aWindowLargerThanTheScreenOpensWithinIt() throws Exception {
        Path settings = folder.resolve("settings.json");
        Rectangle2D screen = screen();
        AppPreferences.at(settings).saveWindowPlace(new WindowPlace(screen.getMinX() + 200,
                screen.getMinY(), screen.getWidth() + 800, screen.getHeight() + 300, false));

        startOn(readJournal(), settings);

        Stage stage = window.stage();
        assertEquals(screen.getWidth(), stage.getWidth(), 0.5);
        assertEquals(screen.getHeight(), stage.getHeight(), 0.5);
        assertEquals(screen.getMinX(), stage.getX(), 0.5);
    }

    @Test
    void aWindowTheSystemShrinksToItsSmallestAsItOpensGetsItsSizeBack() throws Exception {
        Path settings = startWatchedAt900By600();

        // As some window managers do with JavaFX 21: the window drawn at its minimum size.
        shrinkToTheSmallestWhileWatched();
        Stage stage = window.stage();
        window.waitFor(() -> stage.getWidth() == 900 && stage.getHeight() == 600);
        window.await("#welcome");
        window.stop();

        WindowPlace kept = AppPreferences.at(settings).windowPlace().orElseThrow();
        assertEquals(900, kept.width(), 0.5);
        assertEquals(600, kept.height(), 0.5);
    }

    @Test
    void theSizeIsAskedForOnceSoAWindowManagerIsNeverFought() throws Exception {
        startWatchedAt900By600();
        shrinkToTheSmallestWhileWatched();
        Stage stage = window.stage();
        window.waitFor(() -> stage.getWidth() == 900);

        shrinkToTheSmallestWhileWatched();
        window.waitFor(() -> !OpeningSize.isWatching(stage));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(640, stage.getWidth(), 0.5);
        assertEquals(480, stage.getHeight(), 0.5);
    }

    @Test
    void aWindowMadeSmallOnceItHasOpenedStaysSmall() throws Exception {
        Path settings = startWatchedAt900By600();
        window.await("#welcome");

        window.waitFor(() -> !OpeningSize.isWatching(window.stage()));
        shrinkToTheSmallest();
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(640, window.stage().getWidth(), 0.5);
        window.stop();

        assertEquals(640, AppPreferences.at(settings).windowPlace().orElseThrow().width(), 0.5);
    }

    /** Starts on a journal with a kept place of 900 × 600, the opening-size watch left on. */
    private Path startWatchedAt900By600() throws Exception {
        Path settings = folder.resolve("settings.json");
        AppPreferences.at(settings).saveWindowPlace(new WindowPlace(100, 60, 900, 600, false));
        window.watchingOpeningSize().start(readJournal(), settings);
        return settings;
    }

    /**
     * Shrinks the window to its minimum within the moments after it shows that the app watches;
     * fails rather than test nothing should the machine be too slow to get there in time.
     */
    private void shrinkToTheSmallestWhileWatched() {
        window.interact(() -> {
            assertTrue(OpeningSize.isWatching(window.stage()),
                    "the shrink comes within " + OpeningSize.SETTLING + " of showing");
            Stage stage = window.stage();
            stage.setWidth(stage.getMinWidth());
            stage.setHeight(stage.getMinHeight());
        });
    }

    private void shrinkToTheSmallest() {
        window.interact(() -> {
            Stage stage = window.stage();
            stage.setWidth(stage.getMinWidth());
            stage.setHeight(stage.getMinHeight());
        });
    }

    /** Starts the app on {@code journal} and {@code settings}, and sees no dialog come up. */
    private void startOn(Path journal, Path settings) throws Exception {
        window.start(journal, settings);
        window.await("#welcome");
        assertEquals(List.of(window.stage()), Window.getWindows(), "no dialog");
    }

    /** The main screen's area for windows, once the toolkit has started. */
    private static Rectangle2D screen() throws Exception {
        FxToolkit.registerPrimaryStage();
        return Screen.getPrimary().getVisualBounds();
    }

    /** A journal that has been opened once, with the first-start note read. */
    private Path readJournal() {
        return SampleJournal.emptyNoteRead(folder);
    }
}
