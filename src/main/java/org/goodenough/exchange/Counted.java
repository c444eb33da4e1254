package org.goodenough.exchange;

import java.util.Arrays;
import java.util.List;

/** Counts in words: "1 exposure", "3 ladders", joined as a person would list them. */
public final class Counted {

    private Counted() {
    }

    public static String of(int count, String one) {
        return of(count, one, one + "s");
    }

    public static String of(int count, String one, String many) {
        if (count == 0) {
            return "";
        }
        return String.format("%,d %s", count, count == 1 ? one : many);
    }

    /** The non-empty parts as "a", "a and b" or "a, b and c". */
    public static String list(String... parts) {
        List<String> kept = Arrays.stream(parts).filter(p -> !p.isEmpty()).toList();
        if (kept.size() <= 1) {
            return kept.isEmpty() ? "" : kept.get(0);
        }
        return String.join(", ", kept.subList(0, kept.size() - 1)) + " and " + kept.get(kept.size() - 1);
    }
}
