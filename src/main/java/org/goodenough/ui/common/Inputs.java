package org.goodenough.ui.common;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
        return area;
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
        return choice(id, type, value, label, "Not set");
    }

    /** A choice whose unset first entry reads {@code unset}, such as "All categories". */
    public static <E extends Enum<E>> ComboBox<E> choice(String id, Class<E> type,
            ObjectProperty<E> value, Function<E, String> label, String unset) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(type.getEnumConstants());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E item) {
                return item == null ? unset : label.apply(item);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }
}
