package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.goodenough.domain.Category;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.AppPreferences.LanguageChoice;
import org.goodenough.planner.AppPreferences.ThemeChoice;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PlanInput;
import org.goodenough.ui.common.Scrolling;
import org.goodenough.ui.insights.InsightsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the pictures in README.md and docs/ from the real window on a made-up journal, so
 * they stay true as the screens change. They go to target/screenshots; to refresh the ones in
 * docs, run {@code mvn -q test -Dtest=ScreenshotsTest -Dscreenshots.dir=docs/images}.
 */
class ScreenshotsTest {

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();
    /**
     * The pictures are light, whatever this computer is set to, unless a test says dark; to
     * look at every screen in the dark theme: {@code -Dscreenshots.theme=dark}.
     */
    private ThemeChoice theme = ThemeChoice.valueOf(
            System.getProperty("screenshots.theme", "light").toUpperCase(java.util.Locale.ROOT));

    @AfterEach
    void close() throws Exception {
        window.stopAtUsualSize();
    }

    @Test
    void renderTheMainScreens() throws Exception {
        mainScreens("");
    }

    /** The same screens in the dark theme, as {@code journal-dark.png} and so on. */
    @Test
    void renderTheMainScreensInDark() throws Exception {
        theme = ThemeChoice.DARK;
        mainScreens("-dark");
    }

    private void mainScreens(String variant) throws Exception {
        Path journal = filledJournal();
        Path out = startAt(journal, 1100, 720);
        window.await("#welcome");
        window.clickOn("#tabDONE");
        window.clickOn("Send the weekly update with one typo left in");
        window.await("#reflectionFacts");
        save(out.resolve("journal" + variant + ".png"));

        window.reach("#series");
        save(out.resolve("series" + variant + ".png"));

        window.clickOn("#showLibrary");
        window.await("#ideas");
        window.write("email");
        window.clickOn("#ideas .list-cell");
        save(out.resolve("library" + variant + ".png"));

        window.clickOn("#showLadders");
        window.clickOn("Visible mistakes at work");
        window.await("#rungs");
        save(out.resolve("ladder" + variant + ".png"));

        window.clickOn("#planRung");
        window.type("#mistake", "Give the quarterly talk without rehearsing it");
        window.type("#expectedDistress", "95");
        window.reach("#savePlan");
        window.await("#pacing");
        save(out.resolve("pacing" + variant + ".png"));
        window.clickOn("#hideAdvice");
        window.clickOn("#cancel");
        window.clickOn("Leave without saving");

        window.clickOn("#tabDONE");
        window.clickOn("Send the weekly update with one typo left in");
        window.await("#reflectionFacts");
        window.clickOn("#reflect");
        window.await("#planBeside");
        save(out.resolve("reflection" + variant + ".png"));

        window.reach("#cancel");
        window.clickOn("#newPlan");
        window.type("#expectedDistress", "120");
        window.reach("#savePlan");
        window.await(".field-problem");
        save(out.resolve("plan-form" + variant + ".png"));

        // A common small laptop window, for a look (not in the docs).
        window.interact(() -> window.stage().setWidth(1024));
        window.interact(() -> window.stage().setHeight(700));
        window.reach("#cancel");
        window.clickOn("Leave without saving");
        window.clickOn("#tabDONE");
        window.clickOn("Send the weekly update with one typo left in");
        window.await("#reflectionFacts");
        Files.createDirectories(Path.of("target/screenshots"));
        save(Path.of("target/screenshots/journal-1024" + variant + ".png"));
    }

    /**
     * The journal window's toolbar in a small laptop's window (1024×700), in a narrower one
     * (760×560) and in full HD, light and dark, in English and German. Three of the small ones
     * go to the docs ({@code journal-1024.png}, {@code journal-1024-de-dark.png},
     * {@code journal-760.png}); full HD needs a headless
     * screen that large, so it is drawn
     * (to target/screenshots, for a look) only when run with
     * {@code -Dheadless.geometry=1920x1080-32}.
     */
    @ParameterizedTest
    @CsvSource({"ENGLISH, LIGHT", "ENGLISH, DARK", "GERMAN, LIGHT", "GERMAN, DARK"})
    void renderTheToolbarSmallAndWide(LanguageChoice language, ThemeChoice chosen) throws Exception {
        theme = chosen;
        Path settings = folder.resolve("settings.json");
        AppPreferences.at(settings).update(s -> s.withLanguage(language));
        String variant = (language == LanguageChoice.GERMAN ? "-de" : "")
                + (chosen == ThemeChoice.DARK ? "-dark" : "") + ".png";
        org.testfx.api.FxToolkit.registerPrimaryStage();
        Rectangle2D screen = WaitForAsyncUtils.asyncFx(() -> Screen.getPrimary().getBounds()).get();
        boolean fullHd = screen.getWidth() >= 1920 && screen.getHeight() >= 1080;
        // The wide one first: Monocle's painter cannot grow a stage back after it shrank.
        Path out = startAt(filledJournal(), settings, fullHd ? 1920 : 1100, fullHd ? 1080 : 720);
        window.await("#welcome");
        window.clickOn("#tabDONE");
        window.clickOn("Send the weekly update with one typo left in");
        window.await("#reflectionFacts");
        if (fullHd) {
            Files.createDirectories(Path.of("target/screenshots"));
            save(Path.of("target/screenshots/journal-1920" + variant));
        }
        window.interact(() -> window.stage().setWidth(1024));
        window.interact(() -> window.stage().setHeight(700));
        WaitForAsyncUtils.waitForFxEvents();
        // English light and German dark are in the docs; the other two are for a look.
        boolean inDocs = variant.equals(".png") || variant.equals("-de-dark.png");
        Files.createDirectories(Path.of("target/screenshots"));
        save((inDocs ? out : Path.of("target/screenshots")).resolve("journal-1024" + variant));
        // Narrower still, the pages' words give way too; English light is in the docs.
        window.interact(() -> window.stage().setWidth(760));
        window.interact(() -> window.stage().setHeight(560));
        WaitForAsyncUtils.waitForFxEvents();
        Path narrow = variant.equals(".png") ? out : Path.of("target/screenshots");
        save(narrow.resolve("journal-760" + variant));
    }

    @Test
    void renderFirstStartAndSmallWindows() throws Exception {
        Path journal = folder.resolve("first.db");
        Path out = startAt(journal, 1100, 720);
        window.await("#safetyNote");
        save(out.resolve("first-start.png"));

        window.clickOn("#showLibrary");
        window.await("#ideas");
        window.write("label");
        window.clickOn("#ideas .list-cell");
        window.await("#clinicianNote");
        save(out.resolve("library-clinician.png"));

        window.interact(() -> window.stage().setWidth(640));
        window.interact(() -> window.stage().setHeight(480));
        window.clickOn("#showLadders");
        window.clickOn("#newLadder");
        window.type("#ladderName", "Sehr lange Leiter: " + "mistakes seen by others ".repeat(8));
        window.reach("#saveLadder");
        window.await("#rungs");
        save(out.resolve("ladder-small.png"));
    }

    @Test
    void renderInsightsSearchAndTheTimeline() throws Exception {
        insightsSearchAndTimeline("");
    }

    @Test
    void renderInsightsSearchAndTheTimelineInDark() throws Exception {
        theme = ThemeChoice.DARK;
        insightsSearchAndTimeline("-dark");
    }

    private void insightsSearchAndTimeline(String variant) throws Exception {
        Path journal = folder.resolve("history.db");
        SampleJournal.history(journal);
        Path out = startAt(journal, 1100, 720);
        window.await("#welcome");

        window.clickOn("#showInsights");
        window.await("#calibrationChart");
        save(out.resolve("insights" + variant + ".png"));
        window.interact(() -> Scrolling.reveal(window.lookup("#repeatsChart").query()));
        save(out.resolve("insights-repeats" + variant + ".png"));
        window.interact(() -> Scrolling.reveal(window.lookup("#areasChart").query()));
        save(out.resolve("insights-areas" + variant + ".png"));

        window.clickOn("#showSearch");
        window.write("nobody");
        window.await("#searchResults .search-match");
        save(out.resolve("search" + variant + ".png"));

        window.clickOn("#showLearned");
        window.await("#learnings .learning");
        save(out.resolve("learned" + variant + ".png"));
        if (!variant.isEmpty()) {
            return;
        }

        window.interact(() -> window.stage().setWidth(640));
        window.interact(() -> window.stage().setHeight(480));
        window.clickOn("#showInsights");
        window.await("#calibrationChart");
        // Coming back finds the page scrolled as it was left; the picture shows its top.
        InsightsView page = window.lookup(node -> node instanceof InsightsView).query();
        window.interact(() -> page.setVvalue(0));
        save(out.resolve("insights-small.png"));
    }

    @Test
    void renderEmptyInsights() throws Exception {
        Path journal = folder.resolve("empty.db");
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            session.preferences().markSafetyNoteRead();
        }
        Path out = startAt(journal, 1100, 720);
        window.await("#welcome");
        window.clickOn("#showInsights");
        window.await("#insightsEmpty");
        save(out.resolve("insights-empty.png"));
    }

    @Test
    void renderYourDataAndARestoreOffer() throws Exception {
        Path journal = folder.resolve("history.db");
        SampleJournal.history(journal);
        Path out = startAt(journal, 1100, 720);
        window.await("#welcome");
        window.clickOn("#showData");
        window.waitFor(() -> !window.lookup("#backups").queryListView().getItems().isEmpty());
        save(out.resolve("your-data.png"));
        window.interact(() -> window.stage().setWidth(640));
        window.interact(() -> window.stage().setHeight(480));
        save(out.resolve("your-data-small.png"));
        // Monocle's painter cannot grow a stage back after it shrank, so grow it before closing.
        window.interact(() -> window.stage().setWidth(1100));
        window.interact(() -> window.stage().setHeight(720));
        window.stop();

        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(journal,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        startAt(journal, 1100, 720);
        window.await("#restoreOffer");
        save(out.resolve("journal-damaged.png"));
    }

    @Test
    void renderADraftKeptAndOfferedBack() throws Exception {
        Path journal = folder.resolve("history.db");
        SampleJournal.history(journal);
        Path out = startAt(journal, 1100, 720);
        window.await("#welcome");
        window.clickOn("#newPlan");
        window.type("#mistake", "Reply to the group chat without reading my message twice");
        window.type("#fearedOutcome", "Someone notices a clumsy sentence and thinks less of me");
        window.waitFor(() -> window.lookup("#draftNote").tryQuery().map(n -> n.isVisible())
                .orElse(false));
        window.interact(() -> org.goodenough.ui.common.Scrolling.reveal(
                window.lookup("#draftNote").query()));
        save(out.resolve("draft-kept.png"));
        window.stop();

        startAt(journal, 1100, 720);
        window.await("#draftOffer");
        save(out.resolve("draft-offer.png"));
        window.clickOn("#discardDraft");
    }

    @Test
    void renderTheDemoJournal() throws Exception {
        Path out = startAt(folder.resolve("never-opened.db"), null, 1100, 720, true);
        window.await("#demoBanner");
        window.clickOn(window.<javafx.scene.Node>await("#tabDONE"));
        window.clickOn("Share a half-finished design in the team review");
        window.await("#reflectionFacts");
        save(out.resolve("demo-journal.png"));
        window.clickOn("#showInsights");
        window.await("#insightsPage");
        save(Path.of("target/screenshots/demo-insights.png"));
        window.clickOn("#showLadders");
        window.clickOn("Mistakes others can see at work");
        window.await("#rungs");
        save(Path.of("target/screenshots/demo-ladder.png"));
        window.interact(() -> window.stage().setWidth(640));
        window.interact(() -> window.stage().setHeight(480));
        save(Path.of("target/screenshots/demo-small.png"));
    }

    @Test
    void renderTheGuide() throws Exception {
        Path journal = folder.resolve("guide.db");
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            session.preferences().markSafetyNoteRead();
        }
        Path out = startAt(journal, 1100, 720);
        window.reach("#welcomeGuide");
        window.await(".guide-idea");
        window.clickOn(".guide-idea");
        save(out.resolve("guide.png"));

        window.clickOn("#guideNext");
        window.type("#fearedOutcome", "Someone notices and decides I am careless; ".repeat(6)
                + "and the whole team hears about it at the next meeting.");
        window.type("#likelihood", "70");
        window.clickOn("#guideNext");
        window.type("#expectedDistress", "50");
        for (int step = 3; step <= 5; step++) {
            window.reach("#guideNext");
        }
        window.reach("#guideNext");
        window.type("#distressPeak", "55");
        window.type("#whatHappened", "Nobody mentioned it.");
        window.reach("#outcomeNo");
        window.reach("#guideNext");
        window.await("#planBeside");
        window.interact(() -> window.stage().setWidth(1280));
        window.interact(() -> window.stage().setHeight(800));
        window.type("#felt", "Jumpy for a few minutes, then ordinary.");
        save(out.resolve("guide-reflect-wide.png"));

        window.interact(() -> window.stage().setWidth(640));
        window.interact(() -> window.stage().setHeight(480));
        for (int back = 8; back > 2; back--) {
            window.reach("#guideBack");
        }
        window.awaitText("#guideStep", "Step 2 of 8");
        save(out.resolve("guide-small.png"));
    }

    @Test
    void renderPresentationZoom() throws Exception {
        Path journal = filledJournal();
        Path settings = folder.resolve("settings.json");
        AppPreferences.at(settings).save(new AppPreferences.AppSettings(200));
        Path out = startAt(journal, settings, 1280, 800);
        window.await("#welcome");
        window.clickOn("#tabDONE");
        window.clickOn("Send the weekly update with one typo left in");
        window.await("#reflectionFacts");
        save(out.resolve("zoom-200.png"));

        window.push(KeyCode.CONTROL, KeyCode.MINUS);
        window.push(KeyCode.CONTROL, KeyCode.MINUS);
        window.clickOn("#newPlan");
        window.await("#mistake");
        save(out.resolve("zoom-150-plan.png"));

        window.push(KeyCode.CONTROL, KeyCode.EQUALS);
        window.push(KeyCode.CONTROL, KeyCode.EQUALS);
        window.push(KeyCode.F1);
        window.waitFor(() -> Window.getWindows().size() == 2);
        Scene note = Window.getWindows().stream().filter(shown -> shown != window.stage())
                .findFirst().orElseThrow().getScene();
        save(note, out.resolve("zoom-200-note.png"));
        window.push(KeyCode.ENTER);
        window.reach("#cancel");
        window.clickOn("#tabDONE");
        window.clickOn("Send the weekly update with one typo left in");
        window.await("#reflectionFacts");

        window.interact(() -> window.stage().setWidth(640));
        window.interact(() -> window.stage().setHeight(480));
        save(out.resolve("zoom-200-small.png"));
    }

    @Test
    void renderTodayAndSettings() throws Exception {
        Path journal = filledJournal();
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            LocalDate today = LocalDate.now();
            session.planner().plan(new PlanInput("Leave one item off the shopping list",
                    Category.CHECKING_AND_LISTS, Stakes.LOW, today.minusDays(2).toString(), null,
                    null, null, null, null, null, null, null, null));
            session.planner().plan(new PlanInput("Send the reply without reading it over",
                    Category.COMMUNICATION, Stakes.LOW, today.toString(), "16:30", null, null, null,
                    null, null, null, null, null));
        }
        Path out = startAt(journal, 1100, 720);
        window.await("#today");
        window.clickOn("Send the reply without reading it over");
        window.await("#detailTitle");
        save(out.resolve("today.png"));

        window.push(KeyCode.CONTROL, KeyCode.COMMA);
        window.await("#settingsPage");
        save(out.resolve("settings.png"));
    }

    @Test
    void renderTheKeyboardShortcuts() throws Exception {
        startAt(filledJournal(), 1100, 720);
        window.await("#welcome");
        window.push(KeyCode.CONTROL, KeyCode.SLASH);
        window.waitFor(() -> Window.getWindows().size() == 2);
        Scene panel = Window.getWindows().stream().filter(shown -> shown != window.stage())
                .findFirst().orElseThrow().getScene();
        Path out = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        save(panel, out.resolve("keyboard-shortcuts.png"));
        window.push(KeyCode.ESCAPE);
    }

    @Test
    void renderTheGermanWindow() throws Exception {
        Path journal = filledJournal();
        Path settings = folder.resolve("settings.json");
        AppPreferences.at(settings).update(s -> s.withLanguage(AppPreferences.LanguageChoice.GERMAN));
        Path out = startAt(journal, settings, 1100, 720);
        Path looks = Path.of("target/screenshots");
        window.await("#welcome");
        window.clickOn("#tabDONE");
        window.clickOn("Send the weekly update with one typo left in");
        window.await("#reflectionFacts");
        save(out.resolve("journal-de.png"));

        // The longer German words, on the pages with the most of them, at two smaller sizes.
        for (int[] size : new int[][] {{1024, 700}, {640, 480}}) {
            String at = "-de-" + size[0] + ".png";
            window.interact(() -> window.stage().setWidth(size[0]));
            window.interact(() -> window.stage().setHeight(size[1]));
            window.clickOn("#tabDONE");
            window.clickOn("Send the weekly update with one typo left in");
            window.await("#reflectionFacts");
            save(looks.resolve("detail" + at));
            window.clickOn("#newPlan");
            window.type("#expectedDistress", "120");
            window.reach("#savePlan");
            window.await(".field-problem");
            save(looks.resolve("plan" + at));
            window.reach("#cancel");
            window.answer("Ohne Speichern verlassen");
            window.clickOn("#showLadders");
            window.clickOn("Visible mistakes at work");
            window.await("#rungs");
            save(looks.resolve("ladder" + at));
            window.clickOn("#showLibrary");
            window.await("#ideas");
            save(looks.resolve("library" + at));
            window.clickOn("#showInsights");
            window.await("#insightsPage");
            save(looks.resolve("insights" + at));
            window.clickOn("#showData");
            window.await("#backups");
            save(looks.resolve("data" + at));
            window.clickOn("#help").clickOn("#showGuide");
            window.await("#guideStep");
            save(looks.resolve("guide" + at));
            window.reach("#guideLeave");
        }
    }

    /** The made-up journal of the main pictures, its first-start note read. */
    private Path filledJournal() throws Exception {
        return SampleJournal.filledIn(folder);
    }

    /** Opens the window on {@code journal} at a size; returns where the pictures go. */
    private Path startAt(Path journal, double width, double height) throws Exception {
        return startAt(journal, null, width, height);
    }

    private Path startAt(Path journal, Path settings, double width, double height) throws Exception {
        return startAt(journal, settings, width, height, false);
    }

    /** The same, in demo mode when {@code demo}, with {@code journal} left closed. */
    private Path startAt(Path journal, Path settings, double width, double height, boolean demo)
            throws Exception {
        Path out = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(out);
        Path kept = settings != null ? settings : journal.toAbsolutePath().resolveSibling("settings.json");
        AppPreferences.at(kept).update(chosen -> chosen.withTheme(theme));
        if (demo) {
            window.startDemo(journal);
        } else {
            window.start(journal, settings);
        }
        // Within Monocle's 1280×800 screen, which it cannot paint past.
        window.interact(() -> {
            window.stage().setX(0);
            window.stage().setY(0);
        });
        window.interact(() -> window.stage().setWidth(width));
        window.interact(() -> window.stage().setHeight(height));
        return out;
    }

    private void save(Path file) throws IOException {
        save(window.stage().getScene(), file);
    }

    private void save(Scene scene, Path file) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        window.interact(() -> shot[0] = scene.snapshot(null));
        ImageIO.write(toBuffered(shot[0]), "png", file.toFile());
        assertTrue(Files.size(file) > 10_000, file + " holds a real picture");
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return buffered;
    }
}
