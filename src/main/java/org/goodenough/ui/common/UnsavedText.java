package org.goodenough.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before text that is not saved yet would be dropped. */
public final class UnsavedText {

    private UnsavedText() {
    }

    /** Whether the person chose to leave; keeping the text is the default answer. */
    public static boolean confirmLeaving(Window owner) {
        ButtonType keep = new ButtonType("Keep writing", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType leave = new ButtonType("Leave without saving", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "What you have written in this form is not saved yet.", keep, leave);
        alert.setTitle("Leave the form?");
        alert.setHeaderText("Leave without saving?");
        alert.initOwner(owner);
        ((Button) alert.getDialogPane().lookupButton(leave)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(leave::equals).isPresent();
    }
}
