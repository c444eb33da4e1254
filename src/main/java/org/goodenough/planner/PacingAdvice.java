package org.goodenough.planner;

import java.util.List;
import java.util.Locale;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Rung;

/**
 * A gentle suggestion to take a smaller step first, offered once when a plan looks like a big
 * jump. The person is free to go ahead as planned.
 *
 * @param reason why a smaller step is suggested, in plain words
 * @param steps  smaller steps to choose from: rungs of the ladder first, then library ideas
 */
public record PacingAdvice(String reason, List<SmallerStep> steps) {

    /** One smaller step: a rung to do (or repeat), or an idea from the library. */
    public record SmallerStep(String text, Rung rung, Idea idea) {

        static SmallerStep of(Rung rung) {
            String text = rung.timesDone() == 0 ? "Start with “" + rung.mistake() + "”"
                    : "Do “" + rung.mistake() + "” once more";
            return new SmallerStep(text, rung, null);
        }

        static SmallerStep of(Idea idea) {
            return new SmallerStep(idea.title() + " (" + idea.stakes().label().toLowerCase(Locale.ROOT)
                    + " stakes)", null, idea);
        }
    }
}
