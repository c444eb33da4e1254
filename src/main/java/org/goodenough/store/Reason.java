package org.goodenough.store;

import java.util.Arrays;
import java.util.List;

/**
 * How a refusal is put into the person's own language: a key the window looks up among its
 * words for problems ({@code common.failure.} followed by this key) and the values that fill
 * it in. The layers below the window keep their English message beside it for the log and
 * the command line; only the window words a refusal from this.
 *
 * <p>A value is one of three things: text, kept as it is (a file name, something quoted from
 * a file); a whole number ({@link Long}), which the window writes as its language writes
 * counts; or another {@code Reason}, a piece of a sentence the window words in turn (what
 * kind of record, what was found instead), so no English piece ends up inside a sentence of
 * another language.
 */
public record Reason(String key, List<Object> values) {

    public Reason {
        values = List.copyOf(values);
    }

    /**
     * A reason whose values are kept as they come if they are reasons, as counts if they are
     * whole numbers, and as text otherwise. Pass a number that is no count (a year, a line) as
     * text, so it is not written with a thousands separator.
     */
    public static Reason of(String key, Object... values) {
        return new Reason(key, Arrays.stream(values).map(Reason::kept).toList());
    }

    private static Object kept(Object value) {
        if (value instanceof Reason) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        return String.valueOf(value);
    }
}
