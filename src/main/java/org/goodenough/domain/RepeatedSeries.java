package org.goodenough.domain;

import java.time.Instant;

/** An exposure done more than once: its series, its first wording and how often it was done. */
public record RepeatedSeries(long seriesId, String mistake, int timesDone, Instant lastDone) {
}
