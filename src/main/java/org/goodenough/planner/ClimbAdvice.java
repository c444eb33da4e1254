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
        return message("this");
    }

    /** The advice, naming the rung, for the ladder's page. */
    public String messageNamingRung() {
        return message("“" + rung.mistake() + "”");
    }

    private String message(String what) {
        String done = "You have done " + what + " " + rung.timesDone() + " times, and the last "
                + Pacing.NOT_HAPPENED_IN_A_ROW + " times what you feared did not happen.";
        if (next == null) {
            return done + " When you feel ready, you could add a next step to this ladder,"
                    + " or try it somewhere new. Doing it again is fine too.";
        }
        return done + " When you feel ready, the next rung, “" + next.mistake() + "”, could be"
                + " a good next step. Doing it again is fine too.";
    }
}
