package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.AppPreferences.LanguageChoice;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PlanInput;
import org.goodenough.ui.journal.JournalViewModel;
import org.goodenough.ui.common.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window's toolbar stays one row, every button whole and inside the window, in a
 * small laptop's window (1024×700), at the usual size and in a wide one, in English and in
 * German; a button that shows its icon only still has its name as a tooltip and for screen
 * readers, and the keyboard reaches it. The list tabs below it show whole too.
 */
class CalmToolbarWindowTest {

    private static final List<String> ALWAYS_WORDS = List.of("#newPlan", "#showLibrary",
            "#showLadders", "#showInsights", "#showLearned");

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void close() throws Exception {
        window.stopAtUsualSize();
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void oneRowInEnglish() throws Exception {
        oneRowAtEverySize(LanguageChoice.ENGLISH);
    }

    @Test
    void oneRowInGerman() throws Exception {
        oneRowAtEverySize(LanguageChoice.GERMAN);
    }

    private void oneRowAtEverySize(LanguageChoice language) throws Exception {
        Path settings = folder.resolve("settings.json");
        AppPreferences.at(settings).update(chosen -> chosen.withLanguage(language));
        window.start(SampleJournal.filledIn(folder), settings);
        window.await("#welcome");
        window.interact(() -> {
            window.stage().setX(0);
            window.stage().setY(0);
        });
        for (int[] size : new int[][] {{1280, 800}, {1100, 720}, {1024, 700}}) {
            window.interact(() -> {
                window.stage().setWidth(size[0]);
                window.stage().setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            String at = language + " at " + size[0] + "×" + size[1];
            assertEquals(size[0], window.stage().getScene().getWidth(), 1, at);
            List<Node> items = toolbarItems();
            oneRowInside(items, at);
            for (Node item : items) {
                whole(item, at);
            }
            listTabsWhole(at);
            for (String id : ALWAYS_WORDS) {
                Labeled button = window.lookup(id).query();
                assertTrue(showsWords(button), id + " shows its words " + at);
            }
            if (size[0] == 1280) {
                // The widest Monocle's headless screen paints: every page's words are there,
                // and in English the title too.
                assertTrue(showsWords(window.lookup("#showSearch").query()), "search's word " + at);
                assertTrue(showsWords(window.lookup("#showData").query()), "your data's words " + at);
                assertEquals(language == LanguageChoice.ENGLISH,
                        window.lookup(".app-title").query().isVisible(), "the title " + at);
            }
        }
        // In a small laptop's window, search and your data show their icon only.
        assertFalse(showsWords(window.lookup("#showSearch").query()), "search's icon at 1024");
        assertFalse(showsWords(window.lookup("#showData").query()), "your data's icon at 1024");
    }

    @Test
    void atLargeZoomsInGermanTheListTabsAndTheMoreButtonKeepTheirWords() throws Exception {
        Path journal = SampleJournal.filledIn(folder);
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            for (int i = 0; i < JournalViewModel.PAGE + 5; i++) {
                session.planner().plan(new PlanInput("Plan number " + i, null, null, null, null,
                        null, null, null, null, null, null, null, null));
            }
        }
        for (int zoom : new int[] {125, 150}) {
            Path settings = folder.resolve("settings-" + zoom + ".json");
            AppPreferences.at(settings).update(chosen -> chosen.withLanguage(LanguageChoice.GERMAN)
                    .withZoom(zoom));
            window.start(journal, settings);
            window.await("#welcome");
            window.interact(() -> {
                window.stage().setWidth(1100);
                window.stage().setHeight(720);
            });
            WaitForAsyncUtils.waitForFxEvents();
            String at = "German at " + zoom + " % in 1100×720";
            // The lists are read on the worker: the row under them shows once they are in.
            window.await("#moreUPCOMING");
            WaitForAsyncUtils.waitForFxEvents();
            listTabsWhole(at);
            whole(window.lookup("#moreUPCOMING").query(), at);
            Region bar = window.lookup("#moreUPCOMING").<Node>query().getParent() instanceof Region parent
                    ? parent : null;
            assertNotNull(bar);
            Labeled count = (Labeled) bar.getChildrenUnmodifiable().get(0);
            Text countShown = (Text) count.lookup(".text");
            assertEquals(count.getText(), countShown.getText(), "the count is not cut short " + at);
            window.stop();
        }
    }

    @Test
    void atTheLargestZoomsTheListTabsKeepTheirWords() throws Exception {
        Path journal = SampleJournal.filledIn(folder);
        for (LanguageChoice language : new LanguageChoice[] {LanguageChoice.ENGLISH, LanguageChoice.GERMAN}) {
            for (int zoom : new int[] {175, 200}) {
                Path settings = folder.resolve("settings-" + language + zoom + ".json");
                AppPreferences.at(settings).update(chosen -> chosen.withLanguage(language).withZoom(zoom));
                window.start(journal, settings);
                window.await("#welcome");
                window.interact(() -> {
                    window.stage().setWidth(1280);
                    window.stage().setHeight(800);
                });
                WaitForAsyncUtils.waitForFxEvents();
                String at = language + " at " + zoom + " % in 1280×800";
                listTabsWhole(at);
                // A chosen tab takes a little more room.
                window.clickOn("#tabDONE");
                WaitForAsyncUtils.waitForFxEvents();
                listTabsWhole(at + ", Done chosen");
                for (Node tab : window.lookup(".sections .tab").queryAll()) {
                    Labeled label = (Labeled) tab.lookup(".tab-label");
                    Text shown = (Text) label.lookup(".text");
                    assertEquals(label.getText(), shown.getText(), "the tab's words are whole " + at);
                }
                window.stop();
            }
        }
    }

    /** The three list tabs beside the toolbar show whole, with no menu for tabs that do not fit. */
    private void listTabsWhole(String at) {
        Region sections = window.lookup(".sections").query();
        Bounds pane = sections.localToScene(sections.getLayoutBounds());
        List<Node> tabs = new ArrayList<>(window.lookup(".sections .tab").queryAll());
        assertEquals(3, tabs.size());
        for (Node tab : tabs) {
            Bounds bounds = tab.localToScene(tab.getLayoutBounds());
            assertTrue(tab.isVisible() && bounds.getMaxX() <= pane.getMaxX(),
                    tab.getId() + " shows whole " + at + ": " + bounds + " in " + pane);
        }
        assertTrue(window.lookup(".sections .control-buttons-tab").tryQuery()
                .map(menu -> !menu.isVisible()).orElse(true), "no menu of hidden tabs " + at);
    }

    /** The title and the buttons, as laid out now (a title that gave way is left out). */
    private List<Node> toolbarItems() {
        Parent row = window.lookup(".toolbar-row").query();
        List<Node> items = new ArrayList<>();
        for (Node child : row.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child.getStyleClass().contains("toolbar-actions")) {
                items.addAll(((Parent) child).getChildrenUnmodifiable());
            } else {
                items.add(child);
            }
        }
        assertEquals(10, items.stream().filter(ButtonBase.class::isInstance).count(),
                "seven buttons and three menus: " + items);
        return items;
    }

    private void oneRowInside(List<Node> items, String at) {
        double sceneWidth = window.stage().getScene().getWidth();
        Region row = window.lookup(".toolbar-row").query();
        Bounds rowBounds = row.localToScene(row.getLayoutBounds());
        double top = Double.NaN;
        for (Node item : items) {
            Bounds bounds = item.localToScene(item.getLayoutBounds());
            String name = item.getId() != null ? item.getId() : item.toString();
            if (item instanceof ButtonBase) {
                if (Double.isNaN(top)) {
                    top = bounds.getMinY();
                }
                assertEquals(top, bounds.getMinY(), 1, name + " sits in the one row " + at);
            }
            assertTrue(bounds.getMinX() >= 0 && bounds.getMaxX() <= sceneWidth,
                    name + " inside the window's width " + at + ": " + bounds);
            assertTrue(bounds.getMinY() >= rowBounds.getMinY()
                    && bounds.getMaxY() <= rowBounds.getMaxY(),
                    name + " inside the toolbar " + at + ": " + bounds + " in " + rowBounds);
            assertTrue(bounds.getWidth() > 0, name + " has room " + at);
        }
    }

    /**
     * A button showing words shows all of them (no "…"); one showing its icon only has its
     * name as a tooltip and for screen readers. The keyboard reaches every one.
     */
    private static void whole(Node item, String at) {
        if (!(item instanceof Labeled labeled)) {
            return;
        }
        String name = labeled.getId() != null ? labeled.getId() : labeled.getText();
        if (showsWords(labeled)) {
            Text shown = (Text) labeled.lookup(".text");
            assertNotNull(shown, name + " draws its words " + at);
            assertEquals(labeled.getText(), shown.getText(), name + " is not cut short " + at);
        } else {
            assertNotNull(labeled.getGraphic(), name + " shows an icon " + at);
            assertNotNull(labeled.getTooltip(), name + " has a tooltip " + at);
            assertEquals(labeled.getText(), labeled.getTooltip().getText(), name + "'s tooltip");
            assertFalse(labeled.getAccessibleText() == null || labeled.getAccessibleText().isBlank(),
                    name + " has a name for screen readers " + at);
        }
        if (labeled instanceof ButtonBase) {
            assertTrue(labeled.isFocusTraversable(), name + " is reached by the keyboard");
        }
    }

    private static boolean showsWords(Labeled labeled) {
        return labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY;
    }
}
