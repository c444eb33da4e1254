package org.goodenough.ui.common;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.stage.Window;

/** The calm note on what this exercise is and is not, and when to reach out for support. */
public final class SafetyNote {

    /** The note's width at the usual size; it grows with its text when the window is zoomed. */
    private static final double WIDTH = 480;

    private SafetyNote() {
    }

    /** The note's words, in the language in use. */
    public static String text() {
        return Texts.get("common.goodEnoughSelfHelp");
    }

    public static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text());
        alert.setTitle(Texts.get("common.aboutExercise"));
        alert.setHeaderText(Texts.get("common.aboutExercise"));
        alert.initOwner(owner);
        DialogPane pane = alert.getDialogPane();
        if (pane.lookup(".content") instanceof Label text) {
            pane.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> WIDTH
                    * text.getFont().getSize() / Font.getDefault().getSize(), text.fontProperty()));
        } else {
            pane.setPrefWidth(WIDTH);
        }
        alert.showAndWait();
    }
}
