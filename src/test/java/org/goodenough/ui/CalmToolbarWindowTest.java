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
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
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
 * The main window's toolbar stays one row, every button whole and inside the window, from the
 * smallest window the app allows (640×480) through a small laptop's (1024×700) to a wide one,
 * in English and in German; the buttons give way to their icons in their order, and a button
 * that shows its icon only still has its name as a tooltip and for screen readers, and the
 * keyboard reaches it. The list tabs below it show whole too.
 */
class CalmToolbarWindowTest {

    private static final List<String> WORDS_FROM_1024 = List.of("#newPlan", "#showLibrary",
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
        // Down to the smallest window the app allows, and back.
        for (int[] size : new int[][] {{1280, 800}, {1100, 720}, {1024, 700}, {900, 600},
                {760, 560}, {640, 480}, {1280, 800}}) {
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
            givesWayInOrder(at);
            if (size[0] >= 1024) {
                for (String id : WORDS_FROM_1024) {
                    Labeled button = window.lookup(id).query();
                    assertTrue(showsWords(button), id + " shows its words " + at);
                }
            }
            if (size[0] == 1280) {
                // The widest Monocle's headless screen paints: every page's words are there,
                // and in English the title too.
                assertTrue(showsWords(window.lookup("#showSearch").query()), "search's word " + at);
                assertTrue(showsWords(window.lookup("#showData").query()), "your data's words " + at);
                assertEquals(language == LanguageChoice.ENGLISH,
                        window.lookup(".app-title").query().isVisible(), "the title " + at);
            } else if (size[0] == 1024) {
                // In a small laptop's window, search and your data show their icon only.
                assertFalse(showsWords(window.lookup("#showSearch").query()), "search's icon " + at);
                assertFalse(showsWords(window.lookup("#showData").query()), "your data's icon " + at);
            } else if (size[0] == 900) {
                assertTrue(showsWords(window.lookup("#showLibrary").query()), "ideas' word " + at);
                assertTrue(showsWords(window.lookup("#newPlan").query()), "plan's words " + at);
            } else if (size[0] == 640) {
                assertFalse(showsWords(window.lookup("#showLibrary").query()), "ideas' icon " + at);
            }
        }
    }

    /**
     * A button gives way only after every one before it in the order: search and your data,
     * then the pages from the right, and the main action last.
     */
    private void givesWayInOrder(String at) {
        givesWayInOrder(at, List.of("#newPlan", "#showLibrary", "#showLadders", "#showInsights",
                "#showLearned", "#showSearch", "#showData"));
    }

    /** As {@link #givesWayInOrder(String)}, for {@code ids} from the last to give way. */
    private void givesWayInOrder(String at, List<String> ids) {
        boolean later = false;
        for (String id : ids) {
            boolean icon = !showsWords(window.lookup(id).query());
            assertTrue(icon || !later, id + " keeps its words only if all before it do " + at);
            later |= icon;
        }
    }

    @Test
    void theZoomsSizeGivesWayAfterSearchAndYourData() throws Exception {
        Path settings = folder.resolve("settings.json");
        AppPreferences.at(settings).update(chosen -> chosen.withZoom(110));
        window.start(SampleJournal.filledIn(folder), settings);
        window.await("#welcome");
        window.placeAt(1280, 800);
        String at = "110 % at 1280×800";
        Labeled zoom = window.lookup("#zoom").query();
        oneRowInside(toolbarItems(), at);
        // Search and your data have given way, and the zoom still shows its size.
        assertFalse(showsWords(window.lookup("#showSearch").query()), "search's icon " + at);
        assertTrue(showsWords(zoom), "the zoom's size shows " + at);
        assertEquals(Texts.format("zoom.menu", 110), zoom.getText());
        assertTrue(showsWords(window.lookup("#showLearned").query()), "learned's words " + at);
        listTabsWhole(at);
        // Back at the usual size, the zoom has no words to show however wide the window.
        window.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showsWords(zoom), "the zoom's icon only at 100 %");
    }

    /**
     * Every width from a wide window down to the smallest, a few pixels at a time: one row, in
     * order, in both languages and zoomed; zoomed to 125 %, down to where even the icons fill
     * the row.
     */
    @Test
    void atEveryWidthTheRowStaysOneAndGivesWayInOrder() throws Exception {
        Path journal = SampleJournal.filledIn(folder);
        for (LanguageChoice language : List.of(LanguageChoice.ENGLISH, LanguageChoice.GERMAN)) {
            for (int zoomed : new int[] {100, 125}) {
                Path settings = folder.resolve("settings-" + language + zoomed + ".json");
                AppPreferences.at(settings).update(chosen -> chosen.withLanguage(language)
                        .withZoom(zoomed));
                window.start(journal, settings);
                window.await("#welcome");
                window.placeAt(1280, 700);
                int narrowest = zoomed == 100 ? 640 : 800;
                // At the usual size the zoom has no words to give way.
                List<String> order = zoomed == 100
                        ? List.of("#newPlan", "#showLibrary", "#showLadders", "#showInsights",
                                "#showLearned", "#showSearch", "#showData")
                        : List.of("#newPlan", "#showLibrary", "#showLadders", "#showInsights",
                                "#showLearned", "#zoom", "#showSearch", "#showData");
                for (int width = 1280; width >= narrowest; width -= 5) {
                    int now = width;
                    window.interact(() -> window.stage().setWidth(now));
                    WaitForAsyncUtils.waitForFxEvents();
                    String at = language + " at " + zoomed + " % and " + width + " px";
                    oneRowInside(toolbarItems(), at);
                    givesWayInOrder(at, order);
                }
                window.stop();
            }
        }
    }

    /**
     * Once the tabs did not fit (200 % in an 820 px window) and JavaFX showed its menu of
     * hidden tabs, the menu goes again with room, and the lists are no wider than before. The
     * window keeps its size: Monocle's painter cannot grow a stage back after it shrank.
     */
    @Test
    void theMenuOfHiddenTabsGoesAgainAndTakesNoRoom() throws Exception {
        window.start(SampleJournal.filledIn(folder), folder.resolve("settings.json"));
        window.await("#welcome");
        window.placeAt(820, 600);
        Region lists = window.lookup(".sections").query();
        double before = lists.getWidth();
        listTabsWhole("at 820 px");

        for (int i = 0; i < 7; i++) {
            window.push(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.lookup(".sections .control-buttons-tab").<Node>query().isVisible(),
                "the tabs do not fit at 200 % in 820 px, and JavaFX shows its menu");

        window.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        listTabsWhole("at 820 px again");
        assertEquals(before, lists.getWidth(), 1, "the lists are as wide as before");
    }

    @Test
    void thePageShownIsMarkedOnItsButton() throws Exception {
        window.start(SampleJournal.filledIn(folder), folder.resolve("settings.json"));
        window.await("#welcome");
        List<String> pages = List.of("#showLibrary", "#showLadders", "#showInsights",
                "#showLearned", "#showSearch", "#showData");
        assertEquals(List.of(), marked(pages), "the welcome page is no button's");
        for (String page : pages) {
            window.clickOn(page);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(page), marked(pages), "after " + page);
            Button button = window.lookup(page).queryAs(Button.class);
            assertEquals(button.getText() + ", the page shown", button.getAccessibleText(),
                    "a screen reader hears it too");
        }
        assertEquals("Ideas", window.lookup("#showLibrary").query().getAccessibleText(),
                "a button not marked keeps its own name");
        window.clickOn("#newPlan");
        window.await("#mistake");
        assertEquals(List.of(), marked(pages), "the plan form is no page of the toolbar's");
    }

    private List<String> marked(List<String> ids) {
        List<String> marked = new ArrayList<>();
        for (String id : ids) {
            if (window.lookup(id).query().getPseudoClassStates()
                    .contains(PseudoClass.getPseudoClass("current"))) {
                marked.add(id);
            }
        }
        return marked;
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
