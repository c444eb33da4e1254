package org.goodenough.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into an FTS5 query: every word must appear, each as the start of
 * a word. Only letters, digits and combining marks pass, each word quoted, so nothing typed is
 * ever read as query syntax.
 */
final class FtsQuery {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    /** Enough for any real search; keeps a pasted page from becoming a huge query. */
    private static final int MOST_WORDS = 16;

    private FtsQuery() {
    }

    /** The query, or an empty string when the text holds no word to look for. */
    static String of(String typed) {
        return String.join(" ", words(typed).stream().map(word -> '"' + word + "\"*").toList());
    }

    /** The words looked for, as typed: the query's terms without their quotes. */
    static List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(typed);
        while (word.find() && words.size() < MOST_WORDS) {
            words.add(word.group());
        }
        return words;
    }
}
