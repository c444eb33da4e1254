package org.goodenough.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused field of a long form in view: JavaFX scroll panes do not follow the focus
 * by themselves, so without this, tabbing down a form would type into fields out of sight.
 */
public final class Scrolling {

    private Scrolling() {
    }

    /**
     * Makes {@code pane} scroll to whichever of its fields takes the focus. The listener is
     * taken off the scene again when the pane leaves it, so pages that were replaced are not
     * kept alive by the window.
     */
    public static void followFocus(ScrollPane pane) {
        ChangeListener<Node> follow = (focus, before, owner) -> {
            if (owner != null && isInside(owner, pane)) {
                reveal(owner);
            }
        };
        pane.sceneProperty().addListener((observable, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
    }

    /**
     * Scrolls the nearest scroll pane around {@code node} so that it can be seen, together
     * with its label and any note when it is a form field.
     */
    public static void reveal(Node node) {
        ScrollPane pane = enclosingPane(node);
        if (node.getParent() != null && node.getParent().getStyleClass().contains("field")) {
            node = node.getParent();
        }
        if (pane == null || pane.getContent() == null) {
            return;
        }
        Node content = pane.getContent();
        Bounds field = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        if (field == null || contentHeight <= viewport) {
            return;
        }
        double top = (contentHeight - viewport) * pane.getVvalue();
        double target = top;
        if (field.getMinY() < top) {
            target = field.getMinY() - 12;
        } else if (field.getMaxY() > top + viewport) {
            target = field.getMaxY() - viewport + 12;
        }
        double value = target / (contentHeight - viewport);
        pane.setVvalue(Math.max(0, Math.min(1, value)));
    }

    private static boolean isInside(Node node, ScrollPane pane) {
        return enclosingPane(node) == pane;
    }

    private static ScrollPane enclosingPane(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane pane) {
                return pane;
            }
        }
        return null;
    }
}
