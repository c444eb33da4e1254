package org.goodenough.planner;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What a person wrote cannot be saved as it is; each problem names its field. */
public final class InvalidInputException extends RuntimeException {

    private final Map<Field, String> problems;

    InvalidInputException(Map<Field, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Collections.unmodifiableMap(new EnumMap<>(problems));
    }

    /** Each field with its problem, in the order of the form. */
    public Map<Field, String> problems() {
        return problems;
    }
}
