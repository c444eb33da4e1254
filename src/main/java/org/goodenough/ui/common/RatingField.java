package org.goodenough.ui.common;

import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A 0–100 rating typed as a number, or left empty to skip it. It can be set from the keyboard
 * without typing: Up and Down step it by 5, Page Up and Page Down by 10, Home and End go to 0
 * and 100 (while the field holds a number or nothing; within typed words they move the caret as
 * usual). A screen reader hears its name and the number, "Distress before: 40 of 100".
 */
public final class RatingField extends TextField {

    private static final int STEP = 5;
    private static final int PAGE = 10;

    private final StringProperty name = new SimpleStringProperty();
    private final boolean percent;
    /** The accessible text this field last gave itself. */
    private String said;

    /** A rating whose prompt {@code "%"} marks a likelihood or belief in per cent. */
    public RatingField(String prompt) {
        percent = "%".equals(prompt);
        setPromptText(prompt);
        setPrefColumnCount(5);
        getStyleClass().add("rating-field");
        setAccessibleHelp(Texts.get("accessibility.rating.help"));
        // Naming the field with setAccessibleText, as other fields are named, sets the name.
        accessibleTextProperty().addListener((observable, old, now) -> {
            if (!Objects.equals(now, said)) {
                name.set(now);
            }
        });
        name.addListener(observable -> speak());
        textProperty().addListener(observable -> speak());
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /**
     * The rating's name as a screen reader says it before the number, such as "At its peak";
     * until it has one, the field has no accessible text, so a check for unnamed controls
     * finds it.
     */
    public StringProperty nameProperty() {
        return name;
    }

    private void speak() {
        said = name.get() == null || name.get().isBlank() ? null : spoken();
        setAccessibleText(said);
    }

    private void keyPressed(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        boolean done = switch (event.getCode()) {
            case UP -> step(STEP);
            case DOWN -> step(-STEP);
            case PAGE_UP -> step(PAGE);
            case PAGE_DOWN -> step(-PAGE);
            case HOME -> !event.isShiftDown() && set(0);
            case END -> !event.isShiftDown() && set(100);
            default -> false;
        };
        if (done) {
            event.consume();
        }
    }

    private boolean step(int by) {
        Integer current = number();
        if (current == null) {
            return !typed().isEmpty() || set(by > 0 ? 0 : 100);
        }
        return set(current + by);
    }

    private boolean set(int value) {
        if (number() == null && !typed().isEmpty()) {
            return false;
        }
        setText(Integer.toString(Math.max(0, Math.min(100, value))));
        positionCaret(getText().length());
        return true;
    }

    /** The number in the field, or null when it is empty or holds something else. */
    private Integer number() {
        try {
            return typed().isEmpty() ? null : Integer.valueOf(typed());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String typed() {
        return getText() == null ? "" : getText().strip().replace("%", "").strip();
    }

    private String spoken() {
        String named = name.get();
        Integer value = number();
        if (value == null) {
            return Texts.format(typed().isEmpty() ? "accessibility.rating.empty"
                    : "accessibility.rating.typed", named, getText());
        }
        return Texts.format(percent ? "accessibility.rating.percent" : "accessibility.rating.value",
                named, value);
    }
}
