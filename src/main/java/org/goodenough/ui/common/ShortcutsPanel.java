package org.goodenough.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Lists every keyboard shortcut of the window, made from the very table the window installs,
 * so the list cannot drift from the keys. Shortcuts that do the same share one row.
 */
public final class ShortcutsPanel {

    private ShortcutsPanel() {
    }

    public static void show(Window owner, List<Shortcut> table) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(Texts.get("keyboard.panel.title"));
        alert.setHeaderText(Texts.get("keyboard.panel.title"));
        alert.initOwner(owner);
        // Zoomed far in, the list may be taller than the screen: then it scrolls.
        ScrollPane content = new ScrollPane(content(table));
        content.setFitToWidth(true);
        content.setMaxHeight(Screen.getPrimary().getVisualBounds().getHeight() * 0.7);
        content.setStyle("-fx-background-color: transparent; -fx-background-insets: 0;");
        content.setAccessibleText(Texts.get("keyboard.panel.title"));
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("shortcutsPanel");
        alert.setResizable(true);
        alert.showAndWait();
    }

    static VBox content(List<Shortcut> table) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Shortcut shortcut : table) {
            rows.merge(shortcut.description(), shortcut.keysShown(),
                    (first, more) -> Texts.format("keyboard.panel.either", first, more));
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts");
        // Dialogs carry no app.css; sizes in em still follow the zoom of the dialog's font.
        grid.setStyle("-fx-hgap: 1.5em; -fx-vgap: 0.35em;");
        int row = 0;
        for (Map.Entry<String, String> entry : rows.entrySet()) {
            Label keys = new Label(entry.getValue());
            keys.getStyleClass().add("shortcut-keys");
            keys.setStyle("-fx-font-weight: bold;");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setValignment(keys, VPos.TOP);
            Label does = new Label(entry.getKey());
            does.setWrapText(true);
            does.getStyleClass().add("shortcut-does");
            does.setLabelFor(keys);
            keys.setAccessibleText(entry.getValue() + ": " + entry.getKey());
            grid.addRow(row++, keys, does);
        }
        Label ratings = new Label(Texts.get("keyboard.panel.ratings"));
        ratings.setWrapText(true);
        ratings.getStyleClass().add("form-note");
        VBox content = new VBox(grid, ratings);
        content.getStyleClass().add("shortcuts-panel");
        content.setStyle("-fx-spacing: 1em; -fx-pref-width: 40em;");
        return content;
    }
}
