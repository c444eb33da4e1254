package org.goodenough.ui.common;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A 0–100 rating typed as a number, or left empty to skip it. Up and Down step it by 5, so it
 * can be set from the keyboard without typing.
 */
public final class RatingField extends TextField {

    private static final int STEP = 5;

    public RatingField(String prompt) {
        setPromptText(prompt);
        setPrefColumnCount(5);
        getStyleClass().add("rating-field");
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.UP) {
                step(STEP);
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN) {
                step(-STEP);
                event.consume();
            }
        });
    }

    private void step(int by) {
        String text = getText() == null ? "" : getText().strip().replace("%", "").strip();
        int current;
        try {
            current = text.isEmpty() ? (by > 0 ? -by : 100 - by) : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return;
        }
        int next = Math.max(0, Math.min(100, current + by));
        setText(Integer.toString(next));
        positionCaret(getText().length());
    }
}
