package org.goodenough.exchange;

import java.util.Arrays;
import org.goodenough.store.Reason;

/**
 * Words of an import refusal, or a piece of them: in English for the message (the log and the
 * command line), and as a {@link Reason} the window words in its own language. A piece used
 * inside another phrase (what kind of record, what was found instead) goes into its reason
 * as a reason of its own.
 */
record Phrase(String english, Reason reason) {

    /** Values that are phrases join the reason as their own reasons; others as they are. */
    static Phrase of(String english, String key, Object... values) {
        Object[] kept = Arrays.stream(values).map(v -> v instanceof Phrase p ? p.reason() : v)
                .toArray();
        return new Phrase(english, Reason.of(key, kept));
    }
}
