package org.goodenough.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** Labels for messages that take up room only while there is something to say. */
public final class Messages {

    private Messages() {
    }

    public static Label bound(ObservableStringValue text, String styleClass) {
        Label message = new Label();
        message.getStyleClass().add(styleClass);
        message.setWrapText(true);
        message.textProperty().bind(text);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }
}
