package org.goodenough.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The end of a form: the form's message (a failed save, say) and its buttons. Ctrl+S (Cmd+S)
 * saves from anywhere in the form and Escape leaves it.
 */
public final class FormActions {

    private FormActions() {
    }

    public static VBox of(FormViewModel form, String saveText, String saveId, Runnable save,
            String cancelText) {
        Label message = Messages.bound(form.messageProperty(), "form-message");
        message.setId("formMessage");

        Button saveButton = new Button(saveText);
        saveButton.setId(saveId);
        saveButton.getStyleClass().add("primary");
        Focus.disableWhile(saveButton, form.savingProperty());
        saveButton.setOnAction(event -> save.run());
        Button cancelButton = new Button(cancelText);
        cancelButton.setId("cancel");
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(event -> form.cancel());

        Label draft = Messages.bound(form.draftNoteProperty(), "draft-note");
        draft.setId("draftNote");
        HBox buttons = new HBox(saveButton, cancelButton, draft);
        buttons.getStyleClass().add("button-row");
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox actions = new VBox(message, buttons);
        actions.getStyleClass().add("form-actions");
        KeyCombination saveKeys = Shortcut.SAVE;
        actions.sceneProperty().addListener((observable, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(saveKeys);
            }
            if (scene != null) {
                scene.getAccelerators().put(saveKeys, save);
            }
        });
        return actions;
    }
}
