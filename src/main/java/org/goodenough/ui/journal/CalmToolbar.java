package org.goodenough.ui.journal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;

/**
 * The main window's toolbar, kept one calm row from the smallest window the app allows (640 px
 * wide) to full HD, in English and in German. The menus at its end show their icon only (the
 * zoom its size too, when zoomed and there is room). In a window too narrow for every word, the
 * app's title gives way first (the window's own title still names the app), then the buttons'
 * words, a group at a time in the order given: the least-used pages first, the main action
 * last. The room is measured on the words themselves, so it holds in either language and at any
 * zoom; only when even icons are too wide (a large zoom in a small window) do the buttons wrap
 * onto a second row rather than shrink to "…". A button showing its icon only keeps its name as
 * a tooltip and for screen readers, its place in the row and the keyboard's order, and its
 * keys.
 */
final class CalmToolbar extends HBox {

    private final Label title;
    private final FlowPane actions;
    private final List<List<? extends Labeled>> givingWay;
    private final Map<Labeled, BooleanExpression> wordsOnlyWhen = new HashMap<>();
    private final Text measure = new Text();

    /**
     * @param givingWay groups of buttons whose words give way together, in the order they do:
     *                  a group shows its icons only once every group before it does
     */
    CalmToolbar(Label title, FlowPane actions, List<List<? extends Labeled>> givingWay) {
        super(title, actions);
        this.title = title;
        this.actions = actions;
        this.givingWay = givingWay;
        for (List<? extends Labeled> group : givingWay) {
            for (Labeled each : group) {
                named(each);
            }
        }
        HBox.setHgrow(actions, Priority.ALWAYS);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("toolbar-row");
    }

    /** Shows {@code labeled}'s icon only, its text kept as its tooltip and accessible name. */
    static void iconOnly(Labeled labeled) {
        named(labeled);
        labeled.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /**
     * Shows {@code labeled}'s words beside its icon only while {@code shown} holds, and there
     * is room for them: it gives way with its group.
     */
    void wordsOnlyWhen(Labeled labeled, BooleanExpression shown) {
        if (!givesWay(labeled)) {
            throw new IllegalArgumentException(labeled + " gives way in no group");
        }
        wordsOnlyWhen.put(labeled, shown);
        shown.addListener(observable -> requestLayout());
        requestLayout();
    }

    private static void named(Labeled labeled) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(labeled.textProperty());
        labeled.setTooltip(tip);
        if (!labeled.accessibleTextProperty().isBound()) {
            // A page's button is named by CurrentPageMark, which says so when it is shown.
            labeled.accessibleTextProperty().bind(labeled.textProperty());
        }
    }

    @Override
    protected void layoutChildren() {
        fit(getWidth());
        super.layoutChildren();
    }

    /**
     * The window asks how tall the toolbar is for its width before laying it out: the words
     * and the title are fitted to that width first, or the first frame would show the toolbar
     * two rows tall, as if the title still took its room, and the next one row.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (width >= 0) {
            fit(width);
        }
        return super.computePrefHeight(width);
    }

    /**
     * Shows the title, then each group's words, as far as a toolbar {@code width} wide has room:
     * the title only while every word fits beside it, and the fewest groups as icons.
     */
    private void fit(double width) {
        double room = width - snappedLeftInset() - snappedRightInset();
        double buttons = 0;
        int shown = 0;
        for (Node each : actions.getChildren()) {
            if (each.isManaged()) {
                // Sizes and gaps as the row lays them out: rounded up to whole pixels.
                buttons += actions.snapSizeX(each.prefWidth(-1))
                        + (showsIconOnly(each) && wouldShowWords(each) ? words((Labeled) each) : 0);
                shown++;
            }
        }
        buttons += Math.max(0, shown - 1) * actions.snapSpaceX(actions.getHgap())
                + actions.snappedLeftInset() + actions.snappedRightInset();
        boolean titled = buttons + snapSpaceX(getSpacing()) + snapSizeX(title.prefWidth(-1))
                <= room;
        int iconsOnly = 0;
        while (buttons > room && iconsOnly < givingWay.size()) {
            for (Labeled each : givingWay.get(iconsOnly)) {
                if (wouldShowWords(each)) {
                    buttons -= words(each);
                }
            }
            iconsOnly++;
        }
        for (int group = 0; group < givingWay.size(); group++) {
            ContentDisplay display = group < iconsOnly
                    ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
            for (Labeled each : givingWay.get(group)) {
                each.setContentDisplay(wouldShowWords(each)
                        ? display : ContentDisplay.GRAPHIC_ONLY);
            }
        }
        title.setVisible(titled);
        title.setManaged(titled);
    }

    /** Whether {@code node} gives way and shows its icon only now. */
    private boolean showsIconOnly(Node node) {
        return node instanceof Labeled labeled
                && labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY && givesWay(labeled);
    }

    private boolean givesWay(Labeled labeled) {
        for (List<? extends Labeled> group : givingWay) {
            if (group.contains(labeled)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} shows its words when there is room: all do, but the conditional. */
    private boolean wouldShowWords(Node node) {
        BooleanExpression shown = wordsOnlyWhen.get(node);
        return shown == null || shown.get();
    }

    /** How much wider {@code labeled} is with its words shown than with its icon only. */
    private double words(Labeled labeled) {
        measure.setFont(labeled.getFont());
        measure.setText(labeled.getText());
        // One pixel more for the rounding of the button's own sizes.
        return Math.ceil(measure.getLayoutBounds().getWidth()) + labeled.getGraphicTextGap() + 1;
    }
}
