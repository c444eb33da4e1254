package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.AppPreferences.ThemeChoice;
import org.goodenough.planner.JournalSession;
import org.goodenough.ui.common.Scrolling;
import org.junit.jupiter.api.AfterEach;
import org.kordamp.ikonli.javafx.FontIcon;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * WCAG AA contrast in both themes, from the colours the real window resolves after its
 * stylesheets are applied: each label's text fill against what is drawn behind it (its own
 * background and those of the nodes around it, blended where they are see-through).
 * Normal text needs 4.5:1; large text and the parts of controls 3:1.
 */
class ThemeContrastTest {

    private static final double TEXT = 4.5;

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();
    private final List<String> tooLow = new ArrayList<>();
    private final List<String> checked = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        window.stopAtUsualSize();
    }

    @ParameterizedTest
    @EnumSource(value = ThemeChoice.class, names = {"LIGHT", "DARK"})
    void everyKeyPairOfColoursIsReadable(ThemeChoice theme) throws Exception {
        Path journal = folder.resolve("journal.db");
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            SampleJournal.fill(session);
            session.preferences().markSafetyNoteRead();
        }
        Path settings = folder.resolve("settings.json");
        AppPreferences.at(settings).update(chosen -> chosen.withTheme(theme));
        window.start(journal, settings);
        window.await("#welcome");
        // Wide enough for the app's name in the toolbar, which gives way in a narrower window.
        window.placeAt(1280, 800);

        text("the app's name", ".app-title");
        text("the heading on the page", "#welcome .form-heading");
        text("a button", "#showLibrary");
        text("the main button", "#newPlan");
        icon("an icon on a menu button", "#appearance .ikonli-font-icon");
        text("a tab", ".sections .tab-label");

        window.clickOn("#tabDONE");
        window.clickOn("Send the weekly update with one typo left in");
        window.await("#reflectionFacts");
        chosen("a title in the list, chosen", ".cell-title");
        chosen("a line in the list, chosen", ".cell-line");
        text("a line in the list", ".sections .list-cell .cell-line");
        icon("an icon in the list", ".sections .list-cell .ikonli-font-icon");
        icon("an icon on a button", "#showLibrary .ikonli-font-icon");
        icon("an icon on the main button", "#newPlan .ikonli-font-icon");
        window.interact(() -> window.lookup("#showLibrary").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        chosen("a title in the list, chosen while a form has the focus", ".cell-title");
        chosen("a line in the list, chosen while a form has the focus", ".cell-line");
        text("the page's quiet note", "#detailStatus");
        text("a link", "#detailLadder");
        text("a suggestion", "#climb");
        text("the name of a fact", "#reflectionFacts .fact-name");
        text("a fact", "#reflectionFacts .label");

        window.clickOn("#newPlan");
        window.type("#expectedDistress", "120");
        window.reach("#savePlan");
        window.await(".field-problem");
        text("a problem beside a field", ".field-problem");
        text("a hint under a field", ".field-hint");
        text("a field's name", ".field-label");
        window.reach("#cancel");
        window.clickOn("Leave without saving");

        window.clickOn("#showLadders");
        window.clickOn("Visible mistakes at work");
        window.await("#rungs");
        text("a rung's number", ".rung-number");
        text("the belief", ".belief");
        window.stop();

        Path history = folder.resolve("history.db");
        SampleJournal.history(history);
        window.start(history, settings);
        window.await("#welcome");
        window.clickOn("#showInsights");
        window.await("#calibrationChart");
        text("a chart's caption", ".insight-caption");
        text("a section heading", ".insight .section-heading");
        window.interact(() -> Scrolling.reveal(window.lookup("#calibrationChart").query()));
        text("a chart's axis", "#calibrationChart .axis-label");
        text("a chart's legend", "#calibrationChart .chart-legend-item");

        assertTrue(checked.size() >= 20, "pairs checked: " + checked);
        assertTrue(tooLow.isEmpty(), theme + ": too little contrast for " + tooLow);
    }

    /** Icons are parts of controls: 3:1 against what is behind them. */
    private void icon(String what, String query) {
        List<FontIcon> found = new ArrayList<>();
        window.interact(() -> window.lookup(query).queryAll().stream()
                .filter(node -> node instanceof FontIcon && shown(node))
                .forEach(node -> found.add((FontIcon) node)));
        assertTrue(!found.isEmpty(), "nothing on screen like " + query + " (" + what + ")");
        for (FontIcon each : found.subList(0, Math.min(3, found.size()))) {
            Color drawn = colour(each.getIconColor(), each);
            Color behind = behind(each);
            double ratio = contrast(drawn, behind);
            checked.add(what);
            if (ratio < 3.0) {
                tooLow.add(String.format("%s: %s on %s is %.2f:1", what, drawn, behind, ratio));
            }
        }
    }

    /** Checks the labels matching {@code query} in the chosen row of the list shown. */
    private void chosen(String what, String query) {
        List<Labeled> found = new ArrayList<>();
        window.interact(() -> window.lookup(".sections .list-cell").queryAll().stream()
                .filter(cell -> cell instanceof ListCell<?> listCell && listCell.isSelected()
                        && shown(cell))
                .flatMap(cell -> cell.lookupAll(query).stream())
                .filter(node -> node instanceof Labeled)
                .forEach(node -> found.add((Labeled) node)));
        check(what, query, found);
    }

    /** Checks every visible labelled node matching {@code query} against what is behind it. */
    private void text(String what, String query) {
        List<Labeled> found = new ArrayList<>();
        window.interact(() -> window.lookup(query).queryAll().stream()
                .filter(node -> node instanceof Labeled && shown(node))
                .forEach(node -> found.add((Labeled) node)));
        check(what, query, found);
    }

    private void check(String what, String query, List<Labeled> found) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!found.isEmpty(), "nothing on screen like " + query + " (" + what + ")");
        for (Labeled label : found.subList(0, Math.min(3, found.size()))) {
            Color text = colour(label.getTextFill(), label);
            Color behind = behind(label);
            double ratio = contrast(text, behind);
            checked.add(what);
            double needed = large(label) ? 3.0 : TEXT;
            if (ratio < needed) {
                tooLow.add(String.format("%s (%s): %s on %s is %.2f:1", what, label.getText(),
                        text, behind, ratio));
            }
        }
    }

    private static boolean shown(Node node) {
        for (Node each = node; each != null; each = each.getParent()) {
            if (!each.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** 18pt (24px), or 14pt (18.66px) bold, counts as large text in WCAG. */
    private static boolean large(Labeled label) {
        double size = label.getFont().getSize();
        boolean bold = label.getFont().getStyle().toLowerCase().contains("bold");
        return size >= 24 || bold && size >= 18.66;
    }

    /** What is drawn behind {@code node}: the backgrounds from it outwards, blended. */
    static Color behind(Node node) {
        List<Color> layers = new ArrayList<>();
        for (Node each = node; each != null; each = each.getParent()) {
            if (each instanceof Region region && region.getBackground() != null) {
                List<BackgroundFill> fills = region.getBackground().getFills();
                boolean opaque = false;
                for (int i = fills.size() - 1; i >= 0; i--) {
                    Color fill = colour(fills.get(i).getFill(), region);
                    layers.add(fill);
                    if (fill.getOpacity() >= 1) {
                        opaque = true;
                        break;
                    }
                }
                if (opaque) {
                    break;
                }
            }
        }
        Paint sceneFill = node.getScene().getFill();
        Color result = sceneFill instanceof Color color ? color : Color.WHITE;
        for (int i = layers.size() - 1; i >= 0; i--) {
            result = over(layers.get(i), result);
        }
        return result;
    }

    private static Color colour(Paint paint, Node where) {
        if (paint instanceof Color color) {
            return color;
        }
        throw new AssertionError("Not one colour on " + where + ": " + paint);
    }

    private static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a),
                top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    /** WCAG 2 contrast ratio, from 1 to 21; a see-through text colour is blended first. */
    static double contrast(Color text, Color behind) {
        Color seen = over(text, behind);
        double a = luminance(seen);
        double b = luminance(behind);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * channel(color.getRed()) + 0.7152 * channel(color.getGreen())
                + 0.0722 * channel(color.getBlue());
    }

    private static double channel(double value) {
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
