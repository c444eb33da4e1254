package org.goodenough.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Lays out a form as a column of labelled fields, each with an optional hint and an inline
 * problem message that appears beside the field only while there is a problem.
 */
public final class FormLayout {

    private final VBox column = new VBox();
    private final Map<Control, ObservableStringValue> checked = new LinkedHashMap<>();

    public FormLayout() {
        column.getStyleClass().add("form");
    }

    public FormLayout heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("form-heading");
        heading.setWrapText(true);
        column.getChildren().add(heading);
        return this;
    }

    public FormLayout note(String text) {
        column.getChildren().add(note(text, "form-note"));
        return this;
    }

    /** Adds a field: its label names the control for screen readers and keyboard mnemonics. */
    public FormLayout field(String label, Control control, String hint, ObservableStringValue problem) {
        return field(label, control, control, hint, problem);
    }

    /** Adds a field whose {@code content} holds {@code control} and perhaps more beside it. */
    public FormLayout field(String label, Control control, Node content, String hint,
            ObservableStringValue problem) {
        Label name = new Label(label);
        name.setLabelFor(control);
        name.setMnemonicParsing(true);
        name.setWrapText(true);
        name.getStyleClass().add("field-label");
        if (control instanceof RatingField rating) {
            // Said before the number, so without the scale the label shows in brackets.
            rating.nameProperty().set(label.replace("_", "").replaceAll("\\s*\\(.*\\)$", "")
                    .replaceAll("\\?$", ""));
        } else if (control.getAccessibleText() == null) {
            control.setAccessibleText(label.replace("_", ""));
        }
        VBox field = new VBox(name, content);
        field.getStyleClass().add("field");
        if (hint != null) {
            control.setAccessibleHelp(control.getAccessibleHelp() == null ? hint
                    : hint + " " + control.getAccessibleHelp());
            field.getChildren().add(note(hint, "field-hint"));
        }
        if (problem != null) {
            checked.put(control, problem);
            field.getChildren().add(Messages.bound(problem, "field-problem"));
        }
        column.getChildren().add(field);
        return this;
    }

    public FormLayout add(Node node) {
        column.getChildren().add(node);
        return this;
    }

    /** Each time {@code trigger} changes, moves the focus to the first field with a problem. */
    public FormLayout focusFirstProblemOn(ObservableValue<?> trigger) {
        trigger.addListener((observable, old, now) -> checked.entrySet().stream()
                .filter(entry -> !entry.getValue().get().isEmpty())
                .findFirst()
                .ifPresent(entry -> entry.getKey().requestFocus()));
        return this;
    }

    public VBox build() {
        return column;
    }

    private static Label note(String text, String style) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().add(style);
        return note;
    }
}
