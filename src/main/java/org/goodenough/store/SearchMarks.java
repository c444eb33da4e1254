package org.goodenough.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goodenough.domain.SearchHit;

/**
 * Marks the words a person searched for in the texts of the exposures found, the way the
 * search index matched them: each typed word as the start of a word, regardless of case and
 * accents (the index's {@code unicode61} tokens with {@code remove_diacritics 2}, see
 * {@link FtsQuery}).
 *
 * <p>Done here rather than by the index's own {@code snippet} and {@code highlight}: those
 * read and split every text of every row found again inside SQLite, which cost more than
 * finding and ranking the rows themselves (about 15 ms for a page of 100 at 100,000
 * exposures). Here it is a few microseconds a row, on texts already read.
 */
final class SearchMarks {

    /** A word as the index sees one: letters, digits and marks (accents) together; see {@link #inWord}. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}\\p{Co}]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    /** Words shown before the first match in a snippet, so it does not start mid-thought. */
    private static final int LEAD = 3;

    private final List<String> starts;

    private SearchMarks(List<String> starts) {
        this.starts = starts;
    }

    /** The words in {@code typed}, as {@link FtsQuery#of} turns them into the index's query. */
    static SearchMarks of(String typed) {
        List<String> starts = new ArrayList<>();
        for (String word : FtsQuery.words(typed)) {
            // A typed word the index splits in two (rare) is looked for by its parts.
            Matcher parts = TOKEN.matcher(word);
            while (parts.find()) {
                String folded = folded(parts.group());
                if (!folded.isEmpty()) {
                    starts.add(folded);
                }
            }
        }
        return new SearchMarks(List.copyOf(starts));
    }

    /** All of {@code text} with every matching word marked; null stays null. */
    String highlight(String text) {
        if (text == null) {
            return null;
        }
        List<Token> tokens = tokens(text);
        return marked(text, tokens, 0, tokens.size() - 1, true, true);
    }

    /**
     * About {@code length} words of {@code text} around its matches, marked, with an ellipsis
     * where text was left out; null when nothing in it matches.
     */
    String snippet(String text, int length) {
        if (text == null || !mayMatch(text)) {
            return null;
        }
        List<Token> tokens = tokens(text);
        int first = firstMatch(tokens, 0);
        if (first < 0) {
            return null;
        }
        if (tokens.size() <= length) {
            return marked(text, tokens, 0, tokens.size() - 1, true, true);
        }
        int bestStart = 0;
        int bestScore = -1;
        for (int match = first; match >= 0; match = firstMatch(tokens, match + 1)) {
            int start = Math.max(0, Math.min(match - LEAD, tokens.size() - length));
            int score = score(tokens, start, start + length - 1);
            if (score > bestScore) {
                bestScore = score;
                bestStart = start;
            }
        }
        int end = bestStart + length - 1;
        boolean whole = bestStart == 0;
        boolean toTheEnd = end == tokens.size() - 1;
        return (whole ? "" : "…") + marked(text, tokens, bestStart, end, whole, toTheEnd)
                + (toTheEnd ? "" : "…");
    }

    /**
     * False when {@code text} cannot hold a match: it is plain ASCII and none of the words
     * occurs in it anywhere. Most texts of a row found hold none, and are passed over at once.
     */
    private boolean mayMatch(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String start : starts) {
            if (lower.contains(start)) {
                return true;
            }
        }
        return false;
    }

    /** Distinct words matched first, then how many matches: as many of the words as possible. */
    private int score(List<Token> tokens, int from, int to) {
        boolean[] seen = new boolean[starts.size()];
        int distinct = 0;
        int matches = 0;
        for (int i = from; i <= to; i++) {
            int word = tokens.get(i).word;
            if (word >= 0) {
                matches++;
                if (!seen[word]) {
                    seen[word] = true;
                    distinct++;
                }
            }
        }
        return distinct * 1_000 + matches;
    }

    private static int firstMatch(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).word >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The text from token {@code from} to token {@code to}, matches marked; with the text
     * before the first token and after the last one when {@code fromStart} / {@code toEnd}.
     */
    private static String marked(String text, List<Token> tokens, int from, int to,
                                 boolean fromStart, boolean toEnd) {
        if (tokens.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int at = fromStart ? 0 : tokens.get(from).begin;
        for (int i = from; i <= to; i++) {
            Token token = tokens.get(i);
            out.append(text, at, token.begin);
            if (token.word >= 0) {
                out.append(SearchHit.MARK_START).append(text, token.begin, token.end)
                        .append(SearchHit.MARK_END);
            } else {
                out.append(text, token.begin, token.end);
            }
            at = token.end;
        }
        if (toEnd) {
            out.append(text, at, text.length());
        }
        return out.toString();
    }

    private List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int begin = at;
            while (begin < text.length() && !inWord(text.codePointAt(begin))) {
                begin += Character.charCount(text.codePointAt(begin));
            }
            int end = begin;
            while (end < text.length() && inWord(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (end > begin) {
                tokens.add(new Token(begin, end, wordMatched(folded(text.substring(begin, end)))));
            }
            at = end;
        }
        return tokens;
    }

    /** As {@link #TOKEN}: a letter, a digit, a mark or a private-use character. */
    private static boolean inWord(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    /** Which searched word {@code folded} starts with, or -1. */
    private int wordMatched(String folded) {
        for (int i = 0; i < starts.size(); i++) {
            if (folded.startsWith(starts.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Lower case without accents, as the index compares words. */
    private static String folded(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean plain = true;
        for (int i = 0; i < lower.length() && plain; i++) {
            plain = lower.charAt(i) < 0x80;
        }
        return plain ? lower : ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                .replaceAll("");
    }

    /** A word's place in the text, and which searched word it matched (-1 for none). */
    private record Token(int begin, int end, int word) {
    }
}
