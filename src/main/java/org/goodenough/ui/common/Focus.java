package org.goodenough.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** Where the keyboard goes first in a part of the window. */
public final class Focus {

    private Focus() {
    }

    /**
     * The first control under {@code root}, in the order Tab walks (top to bottom, left to
     * right as laid out), that can take the keyboard now; null when there is none.
     */
    public static Node firstIn(Node root) {
        if (!root.isVisible() || root.isDisabled()) {
            return null;
        }
        if (root.isFocusTraversable()) {
            return root;
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstIn(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Gives {@code node} the keyboard now, or as soon as it is in a scene. A scroll pane's
     * content joins the scene only when the pane is first styled, in the next pulse; until
     * then JavaFX would ignore the request.
     */
    public static void request(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    node.requestFocus();
                }
            }
        });
    }
}
