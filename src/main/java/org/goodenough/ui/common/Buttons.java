package org.goodenough.ui.common;

import javafx.scene.control.Button;

/** Buttons as the screens make them: an id for tests and tools, and one action. */
public final class Buttons {

    private Buttons() {
    }

    public static Button of(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** The button for the step most people take next, shown in the accent colour. */
    public static Button primary(String text, String id, Runnable action) {
        Button button = of(text, id, action);
        button.getStyleClass().add("primary");
        return button;
    }
}
