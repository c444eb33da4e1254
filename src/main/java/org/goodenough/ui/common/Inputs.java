package org.goodenough.ui.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/** The input controls the forms are made of, each bound both ways to its view-model property. */
public final class Inputs {

    private Inputs() {
    }

    public static TextField line(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    public static TextArea area(String id, StringProperty value, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(value);
        area.addEventFilter(KeyEvent.KEY_PRESSED, Inputs::tabLeaves);
        return area;
    }

    /**
     * Tab (and Shift+Tab) moves on to the next field, as in every other field of a form,
     * instead of typing a tab into the text. It is passed on as Ctrl+Tab, which a text area
     * reads as "move on".
     */
    private static void tabLeaves(KeyEvent event) {
        if (event.getCode() != KeyCode.TAB || event.isControlDown() || event.isAltDown()
                || event.isMetaDown()) {
            return;
        }
        event.consume();
        ((Node) event.getSource()).fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "",
                KeyCode.TAB, event.isShiftDown(), true, false, false));
    }

    public static RatingField rating(String id, StringProperty value, String prompt) {
        RatingField field = new RatingField(prompt);
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A choice that may be left unset: the first entry, "Not set", clears it. */
    public static <E extends Enum<E>> ComboBox<E> choice(String id, Class<E> type,
            ObjectProperty<E> value, Function<E, String> label) {
        return choice(id, type, value, label, Texts.get("common.notSet"));
    }

    /** A choice whose unset first entry reads {@code unset}, such as "All categories". */
    public static <E extends Enum<E>> ComboBox<E> choice(String id, Class<E> type,
            ObjectProperty<E> value, Function<E, String> label, String unset) {
        return choice(id, FXCollections.observableArrayList(type.getEnumConstants()), value, label,
                unset);
    }

    /**
     * A choice among {@code items}, which may change while it is shown, with a first entry
     * reading {@code unset} that clears it. What is chosen stays chosen when the items change.
     */
    public static <T> ComboBox<T> choice(String id, ObservableList<T> items,
            ObjectProperty<T> value, Function<T, String> label, String unset) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        fill(box, items, value);
        items.addListener((ListChangeListener<T>) change -> fill(box, items, value));
        box.setConverter(shown(label, unset));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** A choice that always has a value, one of {@code values}. */
    public static <E extends Enum<E>> ComboBox<E> oneOf(String id, E[] values,
            ObjectProperty<E> value, Function<E, String> label) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(shown(label, ""));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** A day, typed in the person's way of writing dates or picked from a calendar. */
    public static DatePicker day(String id, ObjectProperty<LocalDate> value, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new LenientDates());
        picker.setPromptText(prompt);
        picker.setAccessibleText(prompt);
        picker.getEditor().setPrefColumnCount(9);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    /** Shows each item by its label, and no item as {@code unset}; nothing is typed in. */
    private static <T> StringConverter<T> shown(Function<T, String> label, String unset) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? unset : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private static <T> void fill(ComboBox<T> box, List<T> items, ObjectProperty<T> value) {
        T chosen = value.get();
        List<T> entries = new ArrayList<>();
        entries.add(null);
        entries.addAll(items);
        box.getItems().setAll(entries);
        // Replacing the items clears the box's value; put back what was chosen.
        box.setValue(chosen);
    }
}
