package org.goodenough.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goodenough.domain.BeliefRating;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Percent;

/** Where ladders, one per fear or belief, are kept, with their belief's history. */
public interface LadderRepository {

    /** Saves a new ladder; a belief strength given is also the first entry of its history. */
    Ladder add(String name, String belief, Percent beliefStrength, Instant now);

    /** Changes name and belief; a new belief strength is added to the history. */
    Ladder update(long id, String name, String belief, Percent beliefStrength, Instant now);

    /** Records how strongly the belief is held now, keeping the earlier ratings. */
    Ladder rateBelief(long id, Percent strength, Instant now);

    /** Every rating of the ladder's belief, oldest first. */
    List<BeliefRating> beliefHistory(long id);

    Optional<Ladder> find(long id);

    /** Every ladder, oldest first; the planner puts them in the order a person reads them. */
    List<Ladder> all();

    /** Keeps the rungs in this order, each named by its series id, first rung first. */
    void orderByHand(long id, List<Long> seriesIds, Instant now);

    /** Lets the rungs follow expected distress again. */
    void orderByDistress(long id, Instant now);

    /** The place of each rung ordered by hand, by series id. */
    Map<Long, Integer> rungPositions(long id);

    /** Deletes a ladder; its exposures stay, standing alone. */
    boolean delete(long id);
}
