package org.goodenough.ui.zoom;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Draws the window and its dialogs at the chosen zoom. Every size in app.css is in em, relative
 * to the root's font size, so one stylesheet on the scene that sets that size scales text,
 * padding, gaps and controls alike. Being the scene's, it holds from the first frame and
 * through every change of the page shown. Dialogs get the same factor over their usual font.
 */
public final class SceneZoom {

    /** The root font size app.css sets; the window's 100 %. */
    public static final double WINDOW_FONT = 14;
    /** The icons' size in app.css at the usual size. */
    static final double ICON = 16;

    public static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.PLUS,
            KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS,
            KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ACTUAL_SIZE = new KeyCodeCombination(KeyCode.DIGIT0,
            KeyCombination.SHORTCUT_DOWN);
    /** Ctrl and "=" (the plus key without Shift on many keyboards), "+" and the keypad's. */
    private static final List<KeyCombination> IN = List.of(ZOOM_IN,
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                    KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN,
                    KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> OUT = List.of(ZOOM_OUT,
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> RESET = List.of(ACTUAL_SIZE,
            new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN));

    private static final String PREFIX = "data:text/css;base64,";

    private final ZoomViewModel zoom;
    private final double dialogFont = Font.getDefault().getSize();
    private ListChangeListener<Window> dialogs;

    public SceneZoom(ZoomViewModel zoom) {
        this.zoom = zoom;
    }

    /**
     * Zooms {@code scene} now and on every change, takes the zoom keys there before any field
     * can, and zooms every dialog shown from now on.
     */
    public void attach(Scene scene) {
        apply(scene, WINDOW_FONT);
        zoom.percentProperty().addListener((observable, old, percent) -> apply(scene, WINDOW_FONT));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        dialogs = change -> {
            while (change.next()) {
                for (Window shown : change.getAddedSubList()) {
                    // Menus and tooltips are popups that take their size from their owner.
                    if (shown instanceof Stage && shown.getScene() != null
                            && shown.getScene() != scene) {
                        apply(shown.getScene(), dialogFont);
                    }
                }
            }
        };
        Window.getWindows().addListener(dialogs);
    }

    /** Stops zooming dialogs shown from now on; for closing the app. */
    public void detach() {
        if (dialogs != null) {
            Window.getWindows().removeListener(dialogs);
            dialogs = null;
        }
    }

    private void keyPressed(KeyEvent event) {
        if (IN.stream().anyMatch(keys -> keys.match(event))) {
            zoom.zoomIn();
        } else if (OUT.stream().anyMatch(keys -> keys.match(event))) {
            zoom.zoomOut();
        } else if (RESET.stream().anyMatch(keys -> keys.match(event))) {
            zoom.actualSize();
        } else {
            return;
        }
        event.consume();
    }

    /** Puts the zoom's stylesheet last on {@code scene}, in place of an earlier one. */
    private void apply(Scene scene, double usualFont) {
        ObservableList<String> sheets = scene.getStylesheets();
        sheets.removeIf(sheet -> sheet.startsWith(PREFIX));
        if (zoom.percentProperty().get() != 100) {
            sheets.add(sheet(usualFont * zoom.scale().get()));
        }
    }

    /** The size of the icons beside text of {@code fontSize}, at any zoom. */
    public static long iconSize(double fontSize) {
        return Math.round(fontSize * ICON / WINDOW_FONT);
    }

    static String sheet(double fontSize) {
        // Icons are sized in px (an em would be the icon's own size): they follow the text.
        String css = String.format(Locale.ROOT, ".root { -fx-font-size: %.2fpx; }"
                + " .ikonli-font-icon { -fx-icon-size: %dpx; }", fontSize, iconSize(fontSize));
        return PREFIX + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
