package org.goodenough.ui.common;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.goodenough.planner.Field;

/** The inline message beside each field of a form; empty when the field is fine. */
public final class FieldProblems {

    private final Map<Field, ReadOnlyStringWrapper> problems = new EnumMap<>(Field.class);

    public ReadOnlyStringProperty of(Field field) {
        return wrapper(field).getReadOnlyProperty();
    }

    /** Shows these problems and clears every other field's. */
    public void show(Map<Field, String> found) {
        clear();
        found.forEach((field, message) -> wrapper(field).set(message));
    }

    public void clear() {
        problems.values().forEach(problem -> problem.set(""));
    }

    private ReadOnlyStringWrapper wrapper(Field field) {
        return problems.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(""));
    }
}
