package org.goodenough.reliability;

import java.util.List;
import java.util.Random;
import org.goodenough.Samples;
import org.goodenough.domain.TextLimits;

/**
 * Texts a person might type into the journal, drawn at random: several scripts, emoji,
 * combining accents, tabs and line breaks inside, now and then a long one that spills over
 * SQLite's pages. Each ends with a tag that makes it unique, and none starts or ends with
 * white space, so the planner saves it exactly as made.
 */
final class MadeUpText {

    private static final List<String> PIECES = List.of(
            "Send the update with one typo left in",
            "Hand in the second draft, not the fifth",
            "Ask the question everyone else seems to know",
            "Leave the dishes in the sink overnight",
            "Arrive two minutes before it starts, not twenty",
            "They will think I am careless",
            "I can handle this.",
            "Breathe out slowly, then press send",
            Samples.EMOJI,
            Samples.RIGHT_TO_LEFT,
            Samples.ACCENTED,
            "今日は完璧でなくてもいい",
            "Ένα μικρό λάθος, καμία καταστροφή",
            "Я опоздал на минуту, и ничего не случилось",
            "Cafe\u0301 with a crooked cup \u2014 e\u0301te\u0301",
            "tab\tinside and a line break\nin the middle",
            "𝄞 music, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and ∑ outside the basic plane",
            "a quote \" and a 'single' one; -- not SQL; DROP TABLE nothing");

    private final Random random;

    MadeUpText(Random random) {
        this.random = random;
    }

    /** Text for a short field: the mistake, a place, a name; well inside the short limit. */
    String shortText(String tag) {
        return joined(1 + random.nextInt(3), tag, TextLimits.SHORT);
    }

    /** Text for a long field: a prediction, a reflection; sometimes thousands of characters. */
    String longText(String tag) {
        int pieces = random.nextInt(10) == 0 ? 40 + random.nextInt(120) : 1 + random.nextInt(4);
        return joined(pieces, tag, TextLimits.LONG);
    }

    /** Text for an optional field: now and then left empty. */
    String maybeLong(String tag) {
        return random.nextInt(5) == 0 ? null : longText(tag);
    }

    private String joined(int pieces, String tag, int limit) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
            text.append(random.nextInt(4) == 0 ? "\n" : " ");
        }
        text.append('#').append(tag);
        if (text.codePointCount(0, text.length()) > limit) {
            throw new IllegalStateException("A made-up text grew past " + limit + " characters");
        }
        return text.toString();
    }
}
