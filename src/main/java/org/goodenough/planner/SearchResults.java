package org.goodenough.planner;

import java.util.List;
import org.goodenough.domain.Exposure;

/** The first exposures found, and how many match in all. */
public record SearchResults(List<Found> found, int total) {

    /**
     * One exposure found: its mistake with the matching words marked, and where another of its
     * texts matched, that text's name and a snippet of it ({@code null} when none did).
     */
    public record Found(Exposure exposure, MarkedText mistake, String where, MarkedText snippet) {
    }
}
