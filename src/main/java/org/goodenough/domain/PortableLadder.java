package org.goodenough.domain;

import java.time.Instant;
import java.util.List;

/**
 * A ladder as it leaves or enters the journal: named by its stable id, with its whole belief
 * history, so it can be taken to another journal and back unchanged.
 *
 * @param uid            the stable id
 * @param name           a short name
 * @param belief         the belief in the person's own words, or {@code null}
 * @param beliefStrength how strongly it is held now, or {@code null}
 * @param orderedByHand  whether the person set the rungs' order
 * @param createdAt      when it was made
 * @param updatedAt      when it last changed
 * @param beliefHistory  every rating of the belief, oldest first
 */
public record PortableLadder(String uid, String name, String belief, Percent beliefStrength,
        boolean orderedByHand, Instant createdAt, Instant updatedAt,
        List<BeliefRating> beliefHistory) {

    public PortableLadder {
        beliefHistory = List.copyOf(beliefHistory);
    }
}
