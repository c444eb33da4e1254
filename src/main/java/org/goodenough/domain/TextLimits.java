package org.goodenough.domain;

/** How long the texts a person writes may be, in characters (Unicode code points). */
public final class TextLimits {

    /** Short answers: the mistake, a place, a line of self-compassion, a name. */
    public static final int SHORT = 1_000;
    /** Longer answers: a prediction, a coping plan, a reflection, a belief. */
    public static final int LONG = 20_000;

    private TextLimits() {
    }
}
