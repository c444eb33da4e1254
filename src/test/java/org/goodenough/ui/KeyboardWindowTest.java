package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Font;
import javafx.stage.Window;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Suds;
import org.goodenough.planner.JournalSession;
import org.goodenough.ui.common.RatingField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard in the real window: each shortcut does what the shortcuts panel says, a rating
 * is set with keys alone and saved, and the panel lists every key the window has installed.
 */
class KeyboardWindowTest {

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void eachShortcutOpensWhatItSays() throws Exception {
        window.start(filledJournal());
        window.await("#welcome");

        window.push(KeyCode.CONTROL, KeyCode.N);
        assertFocused(window.await("#mistake"));
        window.push(KeyCode.ESCAPE);
        window.await("#welcome");

        press("#searchPage", KeyCode.CONTROL, KeyCode.F);
        press("#library", KeyCode.CONTROL, KeyCode.I);
        press("#laddersPage", KeyCode.CONTROL, KeyCode.L);
        press("#insightsPage", KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        press("#learnedPage", KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        press("#dataPage", KeyCode.CONTROL, KeyCode.E);
        press("#guide", KeyCode.CONTROL, KeyCode.G);

        window.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertSection(JournalSection.DONE);
        assertFocused(window.lookup("#listDONE").query());
        window.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertSection(JournalSection.NOT_NOW);
        window.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertSection(JournalSection.UPCOMING);
        assertFocused(window.lookup("#listUPCOMING").query());

        // Choosing with the arrow keys, then F6 to the page beside the list and back.
        window.push(KeyCode.DOWN);
        window.await("#detail");
        window.push(KeyCode.F6);
        Node page = window.lookup("#detail").query();
        window.waitFor(() -> isInside(window.focusOwner(), page));
        window.push(KeyCode.F6);
        assertFocused(window.lookup("#listUPCOMING").query());

        window.push(KeyCode.CONTROL, KeyCode.D);
        assertFocused(window.await("#distressBefore"));
        window.push(KeyCode.ESCAPE);
        window.await("#detail");

        window.push(KeyCode.F1);
        assertEquals("About this exercise", dialogHeader());
        window.push(KeyCode.ESCAPE);
        window.waitFor(() -> dialogs().isEmpty());
    }

    @Test
    void aRatingIsSetWithKeysAloneAndReadOutAsANumber() throws Exception {
        Path journal = filledJournal();
        window.start(journal);
        window.await("#welcome");
        window.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        window.push(KeyCode.DOWN);
        window.await("#detail");
        String mistake = window.text("#detailTitle");
        window.push(KeyCode.CONTROL, KeyCode.D);

        RatingField before = window.await("#distressBefore");
        assertFocused(before);
        assertEquals("Just before: not rated, 0 to 100", before.getAccessibleText());
        window.push(KeyCode.END);
        window.push(KeyCode.PAGE_DOWN);
        window.push(KeyCode.DOWN);
        assertEquals("Just before: 85 of 100", before.getAccessibleText());
        window.push(KeyCode.TAB);
        window.write("60");
        window.push(KeyCode.TAB);
        window.push(KeyCode.HOME);
        window.push(KeyCode.UP);
        window.push(KeyCode.PAGE_UP);
        RatingField after = window.lookup("#distressAfter").query();
        assertEquals("Afterwards: 15 of 100", after.getAccessibleText());
        window.push(KeyCode.CONTROL, KeyCode.S);
        window.await("#planBeside");
        window.stop();

        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            Exposure done = session.planner().list(JournalSection.DONE, 0, 100).stream()
                    .filter(each -> each.plan().mistake().startsWith(mistake.replace("…", "")))
                    .findFirst().orElseThrow();
            assertEquals(ExposureStatus.DONE, done.status());
            assertEquals(Suds.of(85), done.distress().before());
            assertEquals(Suds.of(60), done.distress().peak());
            assertEquals(Suds.of(15), done.distress().after());
        }
    }

    @Test
    void enterAndEscapeKeepWhatIsWrittenAndCtrlWAsksFirst() throws Exception {
        window.start(filledJournal());
        window.await("#welcome");
        window.push(KeyCode.CONTROL, KeyCode.N);
        window.await("#mistake");
        window.type("#place", "At the bakery");
        window.push(KeyCode.ENTER);
        assertEquals("At the bakery", window.text("#place"));

        // Enter and Escape both keep the text: keeping is the default and the cancel answer.
        window.push(KeyCode.CONTROL, KeyCode.W);
        window.waitFor(() -> dialogs().size() == 1);
        window.push(KeyCode.ENTER);
        window.waitFor(() -> dialogs().isEmpty());
        window.push(KeyCode.CONTROL, KeyCode.W);
        window.waitFor(() -> dialogs().size() == 1);
        window.push(KeyCode.ESCAPE);
        window.waitFor(() -> dialogs().isEmpty());
        window.push(KeyCode.CONTROL, KeyCode.W);
        window.answer("Keep writing");
        window.waitFor(() -> dialogs().isEmpty());
        assertTrue(window.stage().isShowing());
        assertEquals("At the bakery", window.text("#place"));

        window.push(KeyCode.ESCAPE);
        window.answer("Leave without saving");
        window.await("#welcome");

        // Asked before deleting, Enter keeps the exposure, and so does Escape.
        window.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        window.push(KeyCode.DOWN);
        String title = window.text("#detailTitle");
        int planned = window.lookup("#listUPCOMING").<ListView<?>>query().getItems().size();
        double deleteAt = sceneTop("#delete");
        for (KeyCode answer : new KeyCode[] {KeyCode.ENTER, KeyCode.ESCAPE}) {
            window.clickOn("#delete");
            window.waitFor(() -> dialogs().size() == 1);
            window.push(answer);
            window.waitFor(() -> dialogs().isEmpty());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(title, window.text("#detailTitle"));
        assertEquals(planned, window.lookup("#listUPCOMING").<ListView<?>>query().getItems().size());
        // The page stayed where it was and the keys came back to Delete. While the question was
        // being prepared, JavaFX used to pass them to the worksheet's button at the page's foot
        // and scroll down to it, taking Delete out of view under the pointer.
        assertEquals(deleteAt, sceneTop("#delete"), 0.5, "the page did not move");
        assertEquals("delete", window.focusOwner().getId());
        window.push(KeyCode.CONTROL, KeyCode.W);
        window.waitFor(() -> !window.stage().isShowing());
    }

    @Test
    void anExposureChangedFromTheKeyboardKeepsTheKeysOnItsPage() throws Exception {
        window.start(filledJournal());
        window.await("#welcome");
        window.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        window.push(KeyCode.DOWN);
        String title = window.text("#detailTitle");
        window.interact(() -> window.lookup("#notNow").query().requestFocus());

        // Not now, with Space: the page shows the exposure set aside, and the keys are on it,
        // on its status line, not on the toolbar, where Space again would open the ideas, nor
        // on Plan again, where it would undo what was just done.
        window.push(KeyCode.SPACE);
        window.await("#planAgain");
        window.waitFor(() -> window.keysOn("detailStatus"));
        assertTrue(window.text("#detailStatus").startsWith("Set aside"), window.text("#detailStatus"));
        window.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(title, window.text("#detailTitle"));
        window.await("#planAgain");

        // Tab goes on to the page's first control after it.
        window.push(KeyCode.TAB);
        window.waitFor(() -> isInside(window.focusOwner(), window.lookup("#detail").query()));
    }

    @Test
    void thePanelListsEveryInstalledShortcut() throws Exception {
        window.start(filledJournal());
        window.await("#welcome");
        window.push(KeyCode.CONTROL, KeyCode.N);
        window.await("#mistake");
        // With a form open, so its Ctrl+S is installed too.
        List<KeyCombination> installed = new ArrayList<>(
                window.stage().getScene().getAccelerators().keySet());
        window.lookup(".menu-button").queryAll().forEach(node -> {
            for (MenuItem item : ((MenuButton) node).getItems()) {
                if (item.getAccelerator() != null) {
                    installed.add(item.getAccelerator());
                }
            }
        });
        assertTrue(installed.size() >= 20, "The window installs its shortcuts: " + installed);

        window.push(KeyCode.CONTROL, KeyCode.SLASH);
        String listed = panelText();
        Set<String> keysListed = listed.lines()
                .flatMap(row -> Arrays.stream(row.split("\t")[0].split(" or ")))
                .collect(Collectors.toSet());
        for (KeyCombination keys : installed) {
            assertTrue(keysListed.contains(keys.getDisplayText()),
                    keys.getDisplayText() + " is listed in the shortcuts panel:\n" + listed);
        }
        assertTrue(listed.contains("Escape"), listed);
        assertTrue(listed.contains("Ctrl+S\tSave the form you are writing in"), listed);
        window.push(KeyCode.ESCAPE);
        window.waitFor(() -> dialogs().isEmpty());
        assertEquals("", window.text("#mistake"), "Escape closed the panel, not the form");
        window.push(KeyCode.CONTROL, KeyCode.SLASH);
        panelText();

        // Zoomed, the panel's words grow as every dialog's do.
        window.push(KeyCode.ESCAPE);
        window.waitFor(() -> dialogs().isEmpty());
        window.push(KeyCode.CONTROL, KeyCode.EQUALS);
        window.push(KeyCode.CONTROL, KeyCode.EQUALS);
        window.push(KeyCode.SHIFT, KeyCode.F1);
        assertEquals(listed, panelText());
        assertEquals(1.25 * Font.getDefault().getSize(), keysFontSize(), 0.01);
        window.push(KeyCode.ESCAPE);
        window.waitFor(() -> dialogs().isEmpty());
        window.clickOn("#help").clickOn("#showShortcuts");
        assertEquals(listed, panelText());
        window.push(KeyCode.ESCAPE);
    }

    @Test
    void tabWalksAFormTopToBottomAndLeftToRight() throws Exception {
        window.start(filledJournal());
        window.await("#welcome");
        window.push(KeyCode.CONTROL, KeyCode.N);
        assertFocused(window.await("#mistake"));
        window.write("Wear odd socks");
        Node form = window.lookup(".page-host .form").query();
        List<String> order = new ArrayList<>();
        Bounds last = null;
        for (int press = 0; press < 40 && !order.contains("savePlan"); press++) {
            window.push(KeyCode.TAB);
            Node focused = window.focusOwner();
            String id = idAround(focused);
            if (id == null || order.contains(id)) {
                continue;
            }
            Bounds here = WaitForAsyncUtils.asyncFx(() -> form.sceneToLocal(
                    focused.localToScene(focused.getBoundsInLocal()))).get();
            if (last != null) {
                boolean sameRow = Math.abs(here.getMinY() - last.getMinY()) < 2;
                assertTrue(sameRow ? here.getMinX() > last.getMinX()
                        : here.getMinY() > last.getMinY(), id + " comes after " + order);
            }
            last = here;
            order.add(id);
        }
        assertEquals("Wear odd socks", window.text("#mistake"), "Tab typed no tab into the text");
        List<String> expected = List.of("ladder", "category", "stakes", "date", "time", "place",
                "fearedOutcome", "likelihood", "expectedDistress", "safetyBehaviour",
                "copingPlan", "selfCompassion", "savePlan");
        assertEquals(expected, order.stream().filter(expected::contains).toList(),
                "Tab order: " + order);
    }

    /** The id of {@code node}, or of the nearest control around it that has one. */
    private static String idAround(Node node) {
        for (Node each = node; each != null; each = each.getParent()) {
            if (each.getId() != null) {
                return each.getId();
            }
        }
        return null;
    }

    private double keysFontSize() {
        WaitForAsyncUtils.waitForFxEvents();
        Parent panel = (Parent) dialogs().get(0).getScene().getRoot().lookup("#shortcutsPanel");
        return ((Label) panel.lookup(".shortcut-keys")).getFont().getSize();
    }

    /** Each row of the shortcuts panel as "keys, a tab, what they do", one a line. */
    private String panelText() {
        window.waitFor(() -> dialogs().size() == 1);
        Parent panel = (Parent) dialogs().get(0).getScene().getRoot().lookup("#shortcutsPanel");
        assertNotNull(panel, "The shortcuts panel is shown");
        return window.from(panel).lookup(".shortcut-keys").queryAll().stream()
                .map(keys -> ((Label) keys).getText() + "\t"
                        + ((Label) keys.getParent().getChildrenUnmodifiable()
                                .get(keys.getParent().getChildrenUnmodifiable().indexOf(keys) + 1))
                                .getText())
                .collect(Collectors.joining("\n"));
    }

    private void press(String shows, KeyCode... keys) {
        window.push(keys);
        window.await(shows);
    }

    private void assertSection(JournalSection section) {
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = window.lookup(".sections").query();
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        assertEquals(section, tab.getUserData());
    }

    private void assertFocused(Node node) {
        // A list holds the keyboard itself, or in one of its cells.
        window.waitFor(() -> window.focusOwner() == node
                || node instanceof ListView<?> && isInside(window.focusOwner(), node));
    }

    private static boolean isInside(Node node, Node around) {
        for (Node each = node; each != null; each = each.getParent()) {
            if (each == around) {
                return true;
            }
        }
        return false;
    }

    private String dialogHeader() {
        window.waitFor(() -> dialogs().size() == 1);
        return ((javafx.scene.control.DialogPane) dialogs().get(0).getScene().getRoot())
                .getHeaderText();
    }

    private double sceneTop(String query) throws Exception {
        Node node = window.await(query);
        return WaitForAsyncUtils.asyncFx(() -> node.localToScene(node.getBoundsInLocal()).getMinY())
                .get();
    }

    private List<Window> dialogs() {
        return window.dialogs();
    }

    private Path filledJournal() throws Exception {
        Path journal = SampleJournal.filledIn(folder);
        assertFalse(journal.toString().isEmpty());
        return journal;
    }
}
