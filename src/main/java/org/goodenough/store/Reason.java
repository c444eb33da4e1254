package org.goodenough.store;

import java.util.List;

/**
 * How a refusal is put into the person's own language: a key the window looks up among its
 * words for problems ({@code common.failure.} followed by this key) and the values that fill
 * it in. The layers below the window keep their English message beside it for the log and
 * the command line; only the window words a refusal from this.
 */
public record Reason(String key, List<String> values) {

    public Reason {
        values = List.copyOf(values);
    }

    public static Reason of(String key, Object... values) {
        return new Reason(key, java.util.Arrays.stream(values).map(String::valueOf).toList());
    }
}
