package org.goodenough.planner;

import java.util.List;

/** Distress and likelihood across the times one exposure was done; a rating may be missing. */
public record RepeatsFigure(String mistake, List<Time> times, String caption) {

    public record Time(String label, Integer expected, Integer peak, Integer likelihoodBefore,
                       Integer likelihoodAfter) {
    }
}
