package org.goodenough.ui.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goodenough.domain.Category;
import org.goodenough.domain.Idea;

/**
 * A few low-stakes ideas to start from, each from a different area of life, and a next few on
 * request, round and round.
 */
final class IdeaOffer {

    static final int SHOWN = 4;

    private final List<Idea> ideas;
    private int start;

    /** @param lowStakes the library's low-stakes ideas, none needing a clinician */
    IdeaOffer(List<Idea> lowStakes) {
        this.ideas = interleaved(lowStakes);
    }

    /** One idea of each area in turn, so any few shown side by side differ. */
    private static List<Idea> interleaved(List<Idea> ideas) {
        Map<Category, List<Idea>> byArea = new LinkedHashMap<>();
        ideas.forEach(idea -> byArea.computeIfAbsent(idea.category(), area -> new ArrayList<>())
                .add(idea));
        List<Idea> mixed = new ArrayList<>();
        for (int round = 0; mixed.size() < ideas.size(); round++) {
            for (List<Idea> area : byArea.values()) {
                if (round < area.size()) {
                    mixed.add(area.get(round));
                }
            }
        }
        return mixed;
    }

    List<Idea> shown() {
        List<Idea> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(SHOWN, ideas.size()); i++) {
            shown.add(ideas.get((start + i) % ideas.size()));
        }
        return shown;
    }

    /** Moves on to the next few. */
    void next() {
        if (!ideas.isEmpty()) {
            start = (start + SHOWN) % ideas.size();
        }
    }
}
