package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.Chart;
import javafx.scene.control.Cell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every screen and dialog of the real window and fails on any control the keyboard can
 * reach that a screen reader could not name: a control needs an accessible text, visible text
 * of its own, or a label pointing at it. Filled list cells and charts need a name too.
 */
class AccessibleNamesWindowTest {

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();
    private final List<String> unnamed = new ArrayList<>();
    private int checked;

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void everyScreenNamesEachControlTheKeyboardReaches() throws Exception {
        window.start(filledJournal());
        check("journal", "#welcome");

        window.clickOn("#newPlan");
        check("plan form", "#mistake");
        window.type("#mistake", "Wear odd socks");
        window.push(KeyCode.ESCAPE);
        checkDialog("leave the form?");
        window.answer("Leave without saving");

        window.clickOn("#tabUPCOMING");
        window.clickOn(window.from(window.lookup("#listUPCOMING").<Node>query())
                .lookup(".exposure-cell").<Node>query());
        check("detail", "#detail");
        window.clickOn("#didIt");
        check("I did it", "#distressBefore");
        window.clickOn("#cancel");
        window.clickOn("#delete");
        checkDialog("delete?");
        window.answer("Keep it");

        window.clickOn("#tabDONE");
        window.clickOn("Send the weekly update with one typo left in");
        window.await("#reflectionFacts");
        check("done detail", "#detail");
        window.clickOn("#reflect");
        check("reflection", "#planBeside");
        window.reach("#cancel");

        window.clickOn("#showLadders");
        check("ladders", "#laddersPage");
        window.clickOn("Visible mistakes at work");
        check("ladder", "#rungs");
        window.type("#beliefRating", "40");
        String belief = window.lookup("#beliefRating").query().getAccessibleText();
        assertTrue(belief.length() > 10 && belief.endsWith(": 40 %"), belief);
        window.reach("#addExisting");
        checkDialog("add an exposure to the ladder");
        window.push(KeyCode.ESCAPE);
        window.waitFor(() -> dialogs().isEmpty());
        window.clickOn("#showLadders");
        window.clickOn("#newLadder");
        check("ladder form", ".form");
        window.clickOn("#cancel");

        window.clickOn("#showLibrary");
        window.await("#ideas");
        window.clickOn(window.<Node>await("#ideas .list-cell"));
        check("library", "#library");
        window.clickOn("#addIdea");
        check("idea form", ".form");
        window.clickOn("#cancel");

        window.clickOn("#showInsights");
        check("insights", "#insightsPage");
        window.clickOn("#showLearned");
        check("what I learned", "#learnedPage");
        window.clickOn("#showSearch");
        window.write("typo");
        window.await("#searchResults .list-cell");
        check("search", "#searchPage");
        window.clickOn("#showData");
        check("your data", "#dataPage");
        window.push(KeyCode.CONTROL, KeyCode.COMMA);
        check("settings", "#settingsPage");

        window.clickOn("#help").clickOn("#showGuide");
        window.type("#mistake", "Leave the bed unmade on Sunday");
        check("guide, step 1", "#guide");
        window.clickOn("#guideNext");
        for (int step = 2; step <= 8; step++) {
            window.awaitText("#guideStep", "Step " + step + " of 8");
            check("guide, step " + step, "#guide");
            window.reach("#guideNext");
        }

        window.push(KeyCode.F1);
        checkDialog("about this exercise");
        window.push(KeyCode.ESCAPE);
        window.push(KeyCode.CONTROL, KeyCode.SLASH);
        checkDialog("keyboard shortcuts");
        window.push(KeyCode.ESCAPE);

        assertTrue(checked > 150, "The walk reached the controls, " + checked + " of them");
        assertEquals(List.of(), unnamed, "Controls without an accessible name");
    }

    @Test
    void theFirstStartAndTheDemoNameTheirControlsToo() throws Exception {
        window.start(folder.resolve("first.db"));
        check("first start", "#safetyNote");
        window.stop();
        window.startDemo(folder.resolve("own.db"));
        check("demo", "#demoBanner");
        window.clickOn("#resetDemo");
        checkDialog("reset the demo?");
        window.answer("Keep it");

        assertTrue(checked > 20, "The walk reached the controls, " + checked + " of them");
        assertEquals(List.of(), unnamed, "Controls without an accessible name");
    }

    private void check(String screen, String shows) {
        window.await(shows);
        WaitForAsyncUtils.waitForFxEvents();
        walk(screen, window.stage().getScene());
    }

    private void checkDialog(String dialog) {
        window.waitFor(() -> dialogs().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        walk(dialog, dialogs().get(0).getScene());
    }

    private void walk(String screen, Scene scene) {
        window.interact(() -> {
            Map<Node, Label> labels = new IdentityHashMap<>();
            for (Node node : nodes(scene.getRoot())) {
                if (node instanceof Label label && label.getLabelFor() != null) {
                    labels.put(label.getLabelFor(), label);
                }
            }
            for (Node node : nodes(scene.getRoot())) {
                if (!shown(node)) {
                    continue;
                }
                boolean needsName = node.isFocusTraversable() && !node.isDisabled()
                        || node instanceof Chart
                        || node instanceof Cell<?> cell && !cell.isEmpty();
                if (!needsName) {
                    continue;
                }
                checked++;
                if (!named(node, labels)) {
                    unnamed.add(screen + ": " + node.getClass().getSimpleName()
                            + (node.getId() == null ? "" : " #" + node.getId()));
                }
            }
        });
    }

    private static boolean named(Node node, Map<Node, Label> labels) {
        if (present(node.getAccessibleText())) {
            return true;
        }
        if (node instanceof Labeled labeled && present(labeled.getText())) {
            return true;
        }
        Label label = labels.get(node);
        return label != null && present(label.getText());
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static boolean shown(Node node) {
        for (Node each = node; each != null; each = each.getParent()) {
            if (!each.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<Node> nodes(Node root) {
        List<Node> all = new ArrayList<>();
        all.add(root);
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                all.addAll(nodes(child));
            }
        }
        return all;
    }

    private List<Window> dialogs() {
        return window.dialogs();
    }

    private Path filledJournal() throws Exception {
        return SampleJournal.filledIn(folder);
    }
}
