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
        return toGoOn(owner, title, header, consequence, removeText, Texts.get("common.keep"));
    }

    /**
     * Asks before a step that cannot be taken back, and says whether the person chose
     * {@code goOnText}. Staying as things are, {@code stayText}, is the default for Enter and
     * Escape.
     */
    public static boolean toGoOn(Node owner, String title, String header, String consequence,
            String goOnText, String stayText) {
        ButtonType goOn = new ButtonType(goOnText, ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType(stayText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, consequence, goOn, stay);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.initOwner(owner.getScene() == null ? null : owner.getScene().getWindow());
        ((Button) alert.getDialogPane().lookupButton(goOn)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(stay)).setDefaultButton(true);
        return alert.showAndWait().filter(goOn::equals).isPresent();
    }
}
