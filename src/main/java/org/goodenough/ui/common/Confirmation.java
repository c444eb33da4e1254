package org.goodenough.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** Asks before something is removed for good; keeping it is the default answer. */
public final class Confirmation {

    private Confirmation() {
    }

    /**
     * Shows the question over {@code owner}'s window and says whether the person chose
     * {@code removeText}. Enter and Escape both keep.
     */
    public static boolean toRemove(Node owner, String title, String header, String consequence,
            String removeText) {
        ButtonType remove = new ButtonType(removeText, ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep it", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, consequence, remove, keep);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.initOwner(owner.getScene() == null ? null : owner.getScene().getWindow());
        ((Button) alert.getDialogPane().lookupButton(remove)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(remove::equals).isPresent();
    }
}
