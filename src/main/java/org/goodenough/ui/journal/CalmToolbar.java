package org.goodenough.ui.journal;

import java.util.List;
import javafx.beans.binding.Bindings;
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
 * The main window's toolbar, kept one calm row from a small laptop's window (1024 px wide) to
 * full HD, in English and in German. The menus at its end show their icon only. In a window
 * too narrow for every word, the app's title gives way (the window's own title still names
 * the app), and then the least-used pages (search, your data) show their icon only too. The
 * room is measured on the words themselves, so it holds in either language and at any zoom;
 * only when even that is too wide (a large zoom in a small window) do the buttons wrap onto a
 * second row rather than shrink to "…". A button showing its icon only keeps its name as a
 * tooltip and for screen readers, its place in the keyboard's order and its keys.
 */
final class CalmToolbar extends HBox {

    private final Label title;
    private final FlowPane actions;
    private final List<? extends Labeled> leastUsed;
    private final Text measure = new Text();

    CalmToolbar(Label title, FlowPane actions, List<? extends Labeled> leastUsed) {
        super(title, actions);
        this.title = title;
        this.actions = actions;
        this.leastUsed = leastUsed;
        for (Labeled each : leastUsed) {
            named(each);
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

    /** Shows {@code labeled}'s words beside its icon only while {@code shown} holds. */
    static void wordsWhen(Labeled labeled, BooleanExpression shown) {
        named(labeled);
        labeled.contentDisplayProperty().bind(Bindings.when(shown)
                .then(ContentDisplay.LEFT).otherwise(ContentDisplay.GRAPHIC_ONLY));
    }

    private static void named(Labeled labeled) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(labeled.textProperty());
        labeled.setTooltip(tip);
        labeled.accessibleTextProperty().bind(labeled.textProperty());
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

    /** Shows the words, then the title, as far as a toolbar {@code width} wide has room. */
    private void fit(double width) {
        double room = width - snappedLeftInset() - snappedRightInset();
        double buttons = 0;
        int shown = 0;
        for (Node each : actions.getChildren()) {
            if (each.isManaged()) {
                buttons += withWords(each);
                shown++;
            }
        }
        buttons += Math.max(0, shown - 1) * actions.getHgap()
                + actions.snappedLeftInset() + actions.snappedRightInset();
        boolean words = buttons <= room;
        boolean titled = words && buttons + getSpacing() + title.prefWidth(-1) <= room;
        for (Labeled each : leastUsed) {
            each.setContentDisplay(words ? ContentDisplay.LEFT : ContentDisplay.GRAPHIC_ONLY);
        }
        title.setVisible(titled);
        title.setManaged(titled);
    }

    /** How wide {@code node} is with its words shown, whether it shows them now or not. */
    private double withWords(Node node) {
        double width = node.prefWidth(-1);
        if (node instanceof Labeled labeled && leastUsed.contains(labeled)
                && labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            measure.setFont(labeled.getFont());
            measure.setText(labeled.getText());
            // One pixel more for the rounding of the button's own sizes.
            width += Math.ceil(measure.getLayoutBounds().getWidth()) + labeled.getGraphicTextGap() + 1;
        }
        return width;
    }
}
