package org.goodenough.planner;

import org.goodenough.domain.Outcome;

/** A reflection as typed. Every answer may be left empty. */
public record ReflectionInput(
        String whatHappened,
        Outcome outcome,
        String felt,
        String worse,
        String better,
        String learned,
        String likelihoodAfter) {
}
