package org.goodenough.domain;

/**
 * An exposure found by a search. {@code mistake} and {@code snippet} hold their matching
 * words between {@link #MARK_START} and {@link #MARK_END}; {@code field} names the text the
 * snippet comes from, or is {@code null} when only the mistake matched (or no words were
 * given).
 */
public record SearchHit(Exposure exposure, String mistake, TextField field, String snippet) {

    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';

    /** The texts a search looks in, besides the mistake, in the order they are shown. */
    public enum TextField {
        PLACE("Where, or with whom"),
        FEARED_OUTCOME("What I feared would happen"),
        SAFETY_BEHAVIOUR("Safety behaviour to drop"),
        COPING_PLAN("Coping plan"),
        SELF_COMPASSION("Self-compassion"),
        WHAT_HAPPENED("What happened"),
        FELT("What I felt"),
        WORSE("Worse than I imagined"),
        BETTER("Better than I imagined"),
        LEARNED("What I learned");

        private final String label;

        TextField(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
