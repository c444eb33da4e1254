package org.goodenough.domain;

import java.time.Instant;

/** How strongly a ladder's belief was held, as rated at one moment. */
public record BeliefRating(Percent strength, Instant ratedAt) {
}
