package org.goodenough.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Where the keyboard goes in a part of the window: first, while a control is busy, and back to
 * the same control when a part is built anew.
 */
public final class Focus {

    private static final Object MARK = new Object();
    /** The mark of the control a part's keys start on, where that is not its first control. */
    private static final Object START = new Object();
    /** The style class of a node that is not a control but can be given the keys. */
    private static final String SHOWS_KEYS = "shows-keys";

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
     * Disables {@code control} while {@code busy} holds, and keeps the keyboard's place.
     *
     * <p>JavaFX moves the keyboard off a control being disabled to the next one that takes
     * it, and a scroll pane scrolls that one into view: pressing Delete near the top of a long
     * exposure used to move the page to its foot, where the worksheet's button took the keys.
     * Here the keyboard waits on the control's parent meanwhile, which nothing scrolls to, and
     * goes back to the control that had it once the work is over, unless the person has put it
     * elsewhere in the meantime.
     */
    public static void disableWhile(Node control, ObservableValue<Boolean> busy) {
        Node[] held = new Node[1];
        // The listener, which the control keeps, reads busy, so it holds it too: busy holds the
        // listener only weakly, and a condition made for this call has nothing else to keep it.
        Outliving.listen(control, busy, (observable, was, now) -> {
            Scene scene = control.getScene();
            Node owner = scene == null ? null : scene.getFocusOwner();
            Parent waiting = control.getParent();
            if (Boolean.TRUE.equals(busy.getValue())) {
                if (owner != null && waiting != null && within(owner, control)) {
                    held[0] = owner;
                    waiting.requestFocus();
                }
                control.setDisable(true);
                return;
            }
            control.setDisable(false);
            if (held[0] != null && owner != null && owner == waiting) {
                // The control that had the keys, or, if it went meanwhile, the first in its place.
                Node back = held[0].getScene() == scene && !held[0].isDisabled() ? held[0]
                        : firstIn(control);
                if (back != null) {
                    back.requestFocus();
                }
            }
            held[0] = null;
        });
        control.setDisable(Boolean.TRUE.equals(busy.getValue()));
    }

    /**
     * When {@code control} is turned off while it has the keys (Larger, at the largest size),
     * gives them to {@code then} (the line that says the size): JavaFX would pass them to the
     * next control, where one more Space does something else (the usual size, say).
     */
    public static void whenTurnedOff(Node control, Node then) {
        showsKeys(then);
        Outliving.listen(control, control.disabledProperty(), (observable, was, off) -> {
            if (Boolean.TRUE.equals(off) && control.isFocused()) {
                then.requestFocus();
            }
        });
    }

    /**
     * When {@code part} is hidden while the keys are in it (its own button pressed, say), gives
     * them to {@code next} instead, or, while {@code next} is off, keeps them on the part's
     * parent until it is on again: JavaFX would pass them to whatever comes after, and scroll
     * the page to it.
     */
    public static void keepWhenHidden(Parent part, Node next) {
        Node[] waiting = new Node[1];
        Outliving.listen(part, part.visibleProperty(), (observable, was, shown) -> {
            Parent parent = part.getParent();
            if (Boolean.TRUE.equals(shown) || parent == null || !isIn(part)) {
                return;
            }
            if (next.isDisabled()) {
                waiting[0] = parent;
                parent.requestFocus();
            } else {
                next.requestFocus();
            }
        });
        Outliving.listen(next, next.disabledProperty(), (observable, was, off) -> {
            Scene scene = next.getScene();
            if (!off && waiting[0] != null && scene != null && scene.getFocusOwner() == waiting[0]) {
                next.requestFocus();
            }
            if (!off) {
                waiting[0] = null;
            }
        });
    }

    /**
     * Names {@code node} for {@link #markOfFocused} and {@link #giveTo}, where its id would
     * not tell it from its like (the buttons of each rung of a ladder, say).
     */
    public static void mark(Node node, Object mark) {
        node.getProperties().put(MARK, mark);
    }

    /**
     * The mark (or else the id) of the control under {@code part} that has the keyboard; null
     * when the keyboard is elsewhere. Taken before a part is built anew, so the keys can go back
     * to the same control in the new one.
     */
    public static Object markOfFocused(Parent part) {
        if (!isIn(part)) {
            return null;
        }
        Node owner = part.getScene().getFocusOwner();
        Object mark = owner.getProperties().get(MARK);
        return mark != null ? mark : owner.getId();
    }

    /**
     * Makes {@code node} where the keys go when its part is shown from the keyboard, instead of
     * the part's first control: an exposure's status line, say, which a screen reader reads
     * out, rather than the link to its ladder, or an action one Space away. It need not be a
     * control: Tab goes on from it to the control after it.
     */
    public static void startHere(Node node) {
        mark(node, START);
        showsKeys(node);
    }

    /** A node that is not a control draws a ring, as a control does, while it has the keys. */
    private static void showsKeys(Node node) {
        if (!node.getStyleClass().contains(SHOWS_KEYS)) {
            node.getStyleClass().add(SHOWS_KEYS);
        }
    }

    /** The control marked with {@link #startHere} under {@code part}, or else its first one. */
    public static Node startIn(Parent part) {
        Node marked = marked(part, START);
        return marked != null && !marked.isDisabled() && marked.isVisible() ? marked : firstIn(part);
    }

    /** Whether the keyboard is on {@code part} or on a control under it. */
    public static boolean isIn(Parent part) {
        Scene scene = part.getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        return owner != null && within(owner, part);
    }

    /**
     * Gives the keyboard to the control under {@code part} marked {@code mark} (or with it as
     * its id), if there is one that can take it now; says whether there was.
     */
    public static boolean giveTo(Parent part, Object mark) {
        Node found = marked(part, mark);
        if (found == null || found.isDisabled() || !found.isVisible()) {
            return false;
        }
        request(found);
        return true;
    }

    private static Node marked(Node node, Object mark) {
        if (mark.equals(node.getProperties().get(MARK)) || mark.equals(node.getId())) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = marked(child, mark);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean within(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
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
