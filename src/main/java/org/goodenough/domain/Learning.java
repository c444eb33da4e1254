package org.goodenough.domain;

import java.time.Instant;

/** One answer to "What did I learn?", with the exposure it belongs to. */
public record Learning(long exposureId, String mistake, String learned, Instant when,
                       Category category, Long ladderId) {
}
