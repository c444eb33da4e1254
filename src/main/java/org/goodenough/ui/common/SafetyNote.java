package org.goodenough.ui.common;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.stage.Window;

/** The calm note on what this exercise is and is not, and when to reach out for support. */
public final class SafetyNote {

    public static final String TEXT = "Good Enough is a self-help exercise, not a replacement for"
            + " therapy, and it makes no promise of a cure. Go at your own pace: small steps are"
            + " the point.\n\nIf distress ever feels overwhelming, pause the exercise and reach out"
            + " for support, to someone you trust or to a professional. Mistakes that touch"
            + " eating, your body or your health are best planned together with a clinician.";

    /** The note's width at the usual size; it grows with its text when the window is zoomed. */
    private static final double WIDTH = 480;

    private SafetyNote() {
    }

    public static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, TEXT);
        alert.setTitle("About this exercise");
        alert.setHeaderText("About this exercise");
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
