package org.goodenough.domain;

import java.time.Instant;

/**
 * A built-in idea the person chose to hide from the library.
 *
 * @param key      the idea's lasting key, {@code builtin:<id>}
 * @param hiddenAt when it was hidden
 */
public record HiddenIdea(String key, Instant hiddenAt) {
}
