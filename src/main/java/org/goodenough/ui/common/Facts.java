package org.goodenough.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A titled list of what the person wrote, question above answer. Skipped answers are left
 * out, so nothing reads as missing.
 */
public final class Facts extends VBox {

    public Facts(String title) {
        getStyleClass().add("facts");
        if (title != null) {
            Label heading = new Label(title);
            heading.getStyleClass().add("facts-title");
            getChildren().add(heading);
        }
    }

    /** Adds a line when there is an answer to show. */
    public Facts add(String question, String answer) {
        if (answer == null || answer.isBlank()) {
            return this;
        }
        Label name = new Label(question);
        name.getStyleClass().add("fact-name");
        name.setWrapText(true);
        Label value = new Label(answer);
        value.getStyleClass().add("fact-value");
        value.setWrapText(true);
        value.setAccessibleText(question + ": " + answer);
        getChildren().addAll(name, value);
        return this;
    }

    /** Adds a line of its own between the answers: how many are left out there, say. */
    public Facts aside(String text) {
        Label aside = new Label(text);
        aside.getStyleClass().add("fact-aside");
        aside.setWrapText(true);
        getChildren().add(aside);
        return this;
    }

    /** Whether any answer was added. */
    public boolean hasFacts() {
        return getChildren().stream().anyMatch(node -> node.getStyleClass().contains("fact-value"));
    }

}
