package org.goodenough.domain;

/**
 * How long the texts a person writes may be, in characters (Unicode code points), and which
 * characters they may hold. Every way into the journal (the forms, the import) keeps these.
 */
public final class TextLimits {

    /** Short answers: the mistake, a place, a line of self-compassion, a name. */
    public static final int SHORT = 1_000;
    /** Longer answers: a prediction, a coping plan, a reflection, a belief. */
    public static final int LONG = 20_000;

    private TextLimits() {
    }

    /**
     * Where {@code text} holds the first character no text may: a control character other
     * than tab, line feed and carriage return, or half of a surrogate pair on its own. Such a
     * character cannot be stored as it was typed, nor exported and imported again.
     *
     * @return its index, or -1 when every character may be kept
     */
    public static int unkeepableAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)
                    || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return i;
            }
        }
        return -1;
    }
}
