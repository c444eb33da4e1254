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
        ButtonType keep = new ButtonType(Texts.get("common.keepWriting"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType leave = new ButtonType(Texts.get("common.leaveWithoutSaving"),
                ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                Texts.get("common.haveWrittenFormNot"), keep, leave);
        alert.setTitle(Texts.get("common.leaveForm"));
        alert.setHeaderText(Texts.get("common.leaveWithoutSaving2"));
        alert.initOwner(owner);
        ((Button) alert.getDialogPane().lookupButton(leave)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(leave::equals).isPresent();
    }
}
