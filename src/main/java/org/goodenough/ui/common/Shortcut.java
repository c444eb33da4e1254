package org.goodenough.ui.common;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * One key combination of the window and what it does, in words for the shortcuts panel. Its
 * {@code action} is installed on the scene; a shortcut that a screen installs itself while it is
 * shown (Ctrl+S in a form, say) has none here and is only listed. Ctrl is Cmd on macOS.
 */
public record Shortcut(KeyCombination keys, String description, Runnable action) {

    /** Saves the form shown; each form installs it while it is on screen. */
    public static final KeyCombination SAVE = ctrl(KeyCode.S);
    /** Leaves the form shown, through its cancel button, or closes a dialog. */
    public static final KeyCombination LEAVE = new KeyCodeCombination(KeyCode.ESCAPE);

    /** A shortcut only listed, because its owner installs it. */
    public static Shortcut listed(KeyCombination keys, String description) {
        return new Shortcut(keys, description, null);
    }

    /** Ctrl (Cmd on macOS) and {@code code}. */
    public static KeyCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** Ctrl (Cmd on macOS), Shift and {@code code}. */
    public static KeyCombination ctrlShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN);
    }

    /** The keys as the system writes them: "Ctrl+N" on Linux and Windows, "⌘N" on macOS. */
    public String keysShown() {
        return keys.getDisplayText();
    }

    /** Puts every shortcut of {@code table} that has an action on {@code scene}. */
    public static void install(Scene scene, List<Shortcut> table) {
        for (Shortcut shortcut : table) {
            if (shortcut.action() != null) {
                scene.getAccelerators().put(shortcut.keys(), shortcut.action());
            }
        }
    }

    /**
     * Takes {@code table}'s keys off {@code scene} again, for a window leaving it; a key that
     * another window has taken since keeps that window's action.
     */
    public static void uninstall(Scene scene, List<Shortcut> table) {
        for (Shortcut shortcut : table) {
            if (shortcut.action() != null) {
                scene.getAccelerators().remove(shortcut.keys(), shortcut.action());
            }
        }
    }
}
