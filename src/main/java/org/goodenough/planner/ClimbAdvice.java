package org.goodenough.planner;

import org.goodenough.domain.Rung;

/**
 * A rung done a few times whose feared outcome kept not coming, and the step after it.
 *
 * @param rung the rung that has been done
 * @param next the next rung up, or {@code null} when it is the top one so far
 */
public record ClimbAdvice(Rung rung, Rung next) {

    /** The advice, for the rung's own page. */
    public String message() {
        return message(Sentences.get("climb.this"));
    }

    /** The advice, naming the rung, for the ladder's page. */
    public String messageNamingRung() {
        return message(Sentences.format("climb.named", rung.mistake()));
    }

    private String message(String what) {
        String done = Sentences.format("climb.done", what, rung.timesDone(),
                Pacing.NOT_HAPPENED_IN_A_ROW);
        if (next == null) {
            return done + " " + Sentences.get("climb.top");
        }
        return done + " " + Sentences.format("climb.next", next.mistake());
    }
}
