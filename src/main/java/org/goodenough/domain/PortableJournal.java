package org.goodenough.domain;

import java.util.List;

/**
 * Everything a journal holds that is the person's own, ready to be written into a journal:
 * ladders, exposures with their reflections, own ideas and hidden built-in ideas.
 * Exposures that repeat another come after the first exposure of their series.
 */
public record PortableJournal(List<PortableLadder> ladders, List<PortableExposure> exposures,
        List<PortableIdea> ideas, List<HiddenIdea> hiddenIdeas) {

    public PortableJournal {
        ladders = List.copyOf(ladders);
        exposures = List.copyOf(exposures);
        ideas = List.copyOf(ideas);
        hiddenIdeas = List.copyOf(hiddenIdeas);
    }

    /** How many records it holds in all, for progress. */
    public int size() {
        return ladders.size() + exposures.size() + ideas.size() + hiddenIdeas.size();
    }
}
