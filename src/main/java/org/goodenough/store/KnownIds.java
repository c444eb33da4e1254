package org.goodenough.store;

import java.util.Map;
import java.util.Set;

/**
 * The stable ids a journal already holds, so an import can tell what is new and check what
 * its records point to.
 *
 * @param ladders   ids of ladders
 * @param exposures ids of exposures, each with whether it is the first of its series
 * @param ideas     ids of own ideas
 */
public record KnownIds(Set<String> ladders, Map<String, Boolean> exposures, Set<String> ideas) {

    public KnownIds {
        ladders = Set.copyOf(ladders);
        exposures = Map.copyOf(exposures);
        ideas = Set.copyOf(ideas);
    }
}
