package org.goodenough.planner;

import java.math.BigInteger;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order a person expects names in: alphabetical as their language has it ("Ängste" with
 * the A's in German, not after Z), without regard to case, and numbers by their value, so
 * "Step 2" comes before "Step 10".
 */
public final class NameOrder implements Comparator<String> {

    private final Collator words;

    public NameOrder(Locale locale) {
        words = Collator.getInstance(locale);
        words.setStrength(Collator.SECONDARY);
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = runEnd(a, i);
            int endB = runEnd(b, j);
            String runA = a.substring(i, endA);
            String runB = b.substring(j, endB);
            boolean numberA = Character.isDigit(a.charAt(i));
            boolean numberB = Character.isDigit(b.charAt(j));
            // A number comes before any text, so the collator never weighs a digit against
            // a letter: the order stays one order (the same pair always the same way round).
            int order = numberA != numberB ? (numberA ? -1 : 1)
                    : numberA ? byValue(runA, runB) : words.compare(runA, runB);
            if (order != 0) {
                return order;
            }
            i = endA;
            j = endB;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Where the run of digits, or of anything else, that starts at {@code from} ends. */
    private static int runEnd(String text, int from) {
        boolean digits = Character.isDigit(text.charAt(from));
        int end = from + 1;
        while (end < text.length() && Character.isDigit(text.charAt(end)) == digits) {
            end++;
        }
        return end;
    }

    private static int byValue(String a, String b) {
        int order = new BigInteger(a).compareTo(new BigInteger(b));
        // "007" after "7": equal in value, told apart so the order is stable.
        return order != 0 ? order : Integer.compare(a.length(), b.length());
    }
}
