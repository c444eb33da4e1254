package org.goodenough.domain;

import java.time.Instant;

/**
 * One fear or belief being tested, step by step.
 *
 * @param id             the journal's id for it
 * @param uid            a stable id that survives export and import
 * @param name           a short name
 * @param belief         the belief in the person's own words
 * @param beliefStrength how strongly it is held now, or {@code null}
 * @param orderedByHand  whether the person set the rungs' order, rather than expected distress
 * @param createdAt      when it was made
 */
public record Ladder(long id, String uid, String name, String belief, Percent beliefStrength,
        boolean orderedByHand, Instant createdAt) {
}
