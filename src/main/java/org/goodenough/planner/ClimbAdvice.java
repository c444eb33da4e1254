package org.goodenough.planner;

import org.goodenough.domain.Rung;

/**
 * A rung done a few times whose feared outcome kept not coming, and the step after it.
 *
 * @param rung the rung that has been done
 * @param next the next rung up, or {@code null} when it is the top one so far
 */
public record ClimbAdvice(Rung rung, Rung next) {

    public String message() {
        String done = "You have done this " + rung.timesDone() + " times, and the last "
                + Pacing.NOT_HAPPENED_IN_A_ROW + " times what you feared did not happen.";
        if (next == null) {
            return done + " When you feel ready, you could add a next step to this ladder,"
                    + " or try this one somewhere new. Doing it again is fine too.";
        }
        return done + " When you feel ready, the next rung, “" + next.mistake() + "”, could be"
                + " a good next step. Doing this one again is fine too.";
    }
}
