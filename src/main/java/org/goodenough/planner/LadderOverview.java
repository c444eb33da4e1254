package org.goodenough.planner;

import java.util.List;
import java.util.Optional;
import org.goodenough.domain.BeliefRating;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Rung;

/**
 * A ladder read in full: its rungs in order, first to top, and every rating of its belief.
 *
 * @param ready the rung whose next step is suggested, if any
 */
public record LadderOverview(Ladder ladder, List<Rung> rungs, List<BeliefRating> history,
        Optional<ClimbAdvice> ready) {
}
