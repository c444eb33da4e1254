package org.goodenough.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.goodenough.domain.SearchHit;

/**
 * Marks the words a person searched for in the texts of the exposures found, the way the
 * search index matched them: each typed word as the start of a word, regardless of case and
 * of the accents the index drops (the index's {@code unicode61} tokens with {@code remove_diacritics 2}, see
 * {@link FtsQuery}).
 *
 * <p>Done here rather than by the index's own {@code snippet} and {@code highlight}: those
 * read and split every text of every row found again inside SQLite, which cost more than
 * finding and ranking the rows themselves (about 15 ms for a page of 100 at 100,000
 * exposures). Here it is a few microseconds a row, on texts already read.
 */
final class SearchMarks {

    /** The combining accents the index keeps inside a word and then drops (grave to macron below). */
    private static final int FIRST_ACCENT = 0x0300;
    private static final int LAST_ACCENT = 0x0331;
    /** Words shown before the first match in a snippet, so it does not start mid-thought. */
    private static final int LEAD = 3;

    private final List<String> starts;
    /** Which of {@link #starts} are plain ASCII: only those can begin a plain ASCII word. */
    private final boolean[] asciiStarts;

    private SearchMarks(List<String> starts) {
        this.starts = starts;
        this.asciiStarts = new boolean[starts.size()];
        for (int i = 0; i < starts.size(); i++) {
            asciiStarts[i] = starts.get(i).chars().allMatch(c -> c < 0x80);
        }
    }

    /** The words in {@code typed}, as {@link FtsQuery#of} turns them into the index's query. */
    static SearchMarks of(String typed) {
        List<String> starts = new ArrayList<>();
        for (String word : FtsQuery.words(typed)) {
            // A typed word split in two (at a mark of its own, say) is looked for by its parts.
            for (int[] part : spans(word)) {
                String folded = folded(word.substring(part[0], part[1]));
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
        for (int[] span : spans(text)) {
            int word = isAscii(text, span[0], span[1])
                    ? asciiWordMatched(text, span[0], span[1])
                    : wordMatched(folded(text.substring(span[0], span[1])));
            tokens.add(new Token(span[0], span[1], word));
        }
        return tokens;
    }

    private static boolean isAscii(String text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * As {@link #wordMatched} for a plain ASCII word, read in place: folding it is only lower
     * case, and only an ASCII searched word can begin it. Most words of most journals are
     * such, and a page of rows found holds thousands of them.
     */
    private int asciiWordMatched(String text, int begin, int end) {
        for (int i = 0; i < starts.size(); i++) {
            String start = starts.get(i);
            if (asciiStarts[i] && start.length() <= end - begin
                    && text.regionMatches(true, begin, start, 0, start.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Where each word of {@code text} begins and ends, as the index splits text into words. */
    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
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
                spans.add(new int[] {begin, end});
            }
            at = end;
        }
        return spans;
    }

    /**
     * Whether {@code c} belongs to a word: letters, digits, marks and private-use characters.
     * The index's {@code unicode61} tokens are the same for Latin, Greek and Cyrillic text.
     * In some other scripts the index also ends a word at certain vowel signs (Devanagari, for
     * one), where this keeps the word whole; a row found there may then show no marks.
     */
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

    /**
     * Lower case, and without accents where the index drops them: a combining accent of
     * Latin letters, and a letter that is an ASCII letter with such accents (é, ï, ç). Other
     * letters keep theirs (ё stays ё, ø stays ø), as the index keeps them.
     */
    private static String folded(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder folded = null;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c >= 0x80 && folded == null) {
                folded = new StringBuilder(lower.length()).append(lower, 0, i);
            }
            if (folded != null && (c < FIRST_ACCENT || c > LAST_ACCENT)) {
                folded.append(c >= 0x80 ? plainLatin(c) : String.valueOf((char) c));
            }
            i = next;
        }
        return folded == null ? lower : folded.toString();
    }

    /** The ASCII letter {@code c} is with accents, or {@code c} itself when it is not one. */
    private static String plainLatin(int c) {
        String parts = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
        if (parts.length() < 2 || parts.charAt(0) >= 0x80) {
            return new String(Character.toChars(c));
        }
        for (int i = 1; i < parts.length(); i++) {
            if (parts.charAt(i) < FIRST_ACCENT || parts.charAt(i) > LAST_ACCENT) {
                return new String(Character.toChars(c));
            }
        }
        return parts.substring(0, 1);
    }

    /** A word's place in the text, and which searched word it matched (-1 for none). */
    private record Token(int begin, int end, int word) {
    }
}
