package org.goodenough.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.util.List;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Draws the window and its dialogs in the theme's colours: AtlantaFX's Primer theme, light or
 * dark, as the toolkit's stylesheet for every control, with our calm palette over it (a teal
 * accent, amber in place of red) as the first stylesheet of every scene, and the theme's
 * sizes again in em (sizes.css) so the zoom grows controls too. app.css takes its
 * colours from the palette's names, so it follows both.
 */
public final class ThemeStyler {

    private static final Theme LIGHT = new PrimerLight();
    private static final Theme DARK = new PrimerDark();
    private static final String LIGHT_PALETTE = sheet("light.css");
    private static final String DARK_PALETTE = sheet("dark.css");
    private static final List<String> PALETTES = List.of(LIGHT_PALETTE, DARK_PALETTE);
    /** The theme's px sizes of controls again in em, so the zoom grows them. */
    private static final String SIZES = sheet("sizes.css");

    private final ThemeViewModel theme;
    private ListChangeListener<Window> dialogs;

    public ThemeStyler(ThemeViewModel theme) {
        this.theme = theme;
    }

    /**
     * Sets the toolkit's stylesheet now, before a scene is drawn, and again on every change.
     * Call it before the first scene is made, so the first frame is in the right colours.
     */
    public void start() {
        useTheme();
        theme.dark().addListener((observable, was, dark) -> {
            useTheme();
            for (Window shown : Window.getWindows()) {
                if (shown.getScene() != null) {
                    palette(shown.getScene());
                }
            }
        });
    }

    /** Colours {@code scene} now and after every change, and every dialog shown from now on. */
    public void attach(Scene scene) {
        palette(scene);
        dialogs = change -> {
            while (change.next()) {
                for (Window shown : change.getAddedSubList()) {
                    if (shown instanceof Stage && shown.getScene() != null) {
                        palette(shown.getScene());
                    }
                }
            }
        };
        Window.getWindows().addListener(dialogs);
    }

    /** Stops colouring dialogs shown from now on; for closing the app. */
    public void detach() {
        if (dialogs != null) {
            Window.getWindows().removeListener(dialogs);
            dialogs = null;
        }
    }

    private void useTheme() {
        Theme chosen = theme.dark().get() ? DARK : LIGHT;
        // The binary form of the same stylesheet, read faster at start-up.
        Application.setUserAgentStylesheet(chosen.getUserAgentStylesheetBSS());
    }

    /** Puts the palette first on {@code scene}, in place of the other one, then the sizes. */
    private void palette(Scene scene) {
        String wanted = theme.dark().get() ? DARK_PALETTE : LIGHT_PALETTE;
        ObservableList<String> sheets = scene.getStylesheets();
        if (sheets.size() > 1 && sheets.get(0).equals(wanted) && sheets.get(1).equals(SIZES)) {
            return;
        }
        sheets.removeAll(PALETTES);
        sheets.remove(SIZES);
        sheets.add(0, wanted);
        sheets.add(1, SIZES);
    }

    private static String sheet(String name) {
        return ThemeStyler.class.getResource(name).toExternalForm();
    }
}
