package org.goodenough.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Percent;

/** Where ladders, one per fear or belief, are kept. */
public interface LadderRepository {

    Ladder add(String name, String belief, Percent beliefStrength, Instant now);

    Ladder update(long id, String name, String belief, Percent beliefStrength, Instant now);

    Optional<Ladder> find(long id);

    List<Ladder> all();

    /** Deletes a ladder; its exposures stay, standing alone. */
    boolean delete(long id);
}
