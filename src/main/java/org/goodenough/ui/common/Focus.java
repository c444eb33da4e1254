package org.goodenough.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;

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
}
