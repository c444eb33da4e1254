package org.goodenough;

import java.util.List;
import java.util.Random;

/**
 * Text a person could paste into any field, chosen at random from one seeded {@link Random}:
 * text a journal keeps as it is (SQL, search syntax, bidi controls, zero-width and combining
 * characters, emoji, other scripts) and text it cannot keep (control characters, broken
 * surrogates, a megabyte of it). Every text is built so that its caller knows which it is.
 */
public final class HostileText {

    /** A megabyte of text: far beyond any field's limit. */
    public static final int MEGABYTE = 1 << 20;

    /** Pieces a journal keeps exactly: hostile to a careless reader, harmless as text. */
    private static final List<String> KEEPABLE = List.of(
            "'); DROP TABLE exposure;--", "\" OR 1=1 --", "Robert'); DELETE FROM reflection; --",
            "; PRAGMA writable_schema = 1;", "' UNION SELECT uid FROM ladder --",
            "NEAR(\" \"*", "\"*", "*", "^", "a OR b NOT c", "mistake: typo", "NEAR(a b, 3)",
            "{mistake felt}: x", "\"unterminated", "exposure_search MATCH 'x'", "AND", "-",
            "%s %n %d", "${jndi:ldap://example.invalid/a}", "<script>alert(1)</script>",
            "\\u0000", "\\", "\\\\\"", "{\"format\": \"good-enough-journal\"}", "[]", "null",
            "\u202Egnp.exe", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F",
            "\u061C", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "e\u0301",
            "Z\u0351\u0360\u0337\u0322", "😅", "👩‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "\uD800\uDC00", "\uDBFF\uDFFF", "\uFFFE", "\uFFFF", "\uFDD0", "\uE000",
            "\u00A0", "\u2028", "\u2029", "\t", "\n", "\r\n", "\r", "\u3000", "  ",
            "שלחתי את המייל", "مرحبا بالعالم", "完璧主義", "नमस्ते", "ǅ", "ß", "İ", "ﬃ",
            "Zoë’s café", "plain words", "typo", "send it anyway");

    /** Characters a text may not hold, besides tab, line feed and carriage return. */
    private static final String CONTROLS = controls();

    /** Letters that open and close a text, so trimming never touches what lies between. */
    private static final String EDGES = "aZéßж字ñ";

    /** Space that {@link String#strip()} removes from the ends of a text. */
    private static final List<String> SPACE = List.of(" ", "\t", "\n", "\r", "\u2003", "\u3000",
            "\u2028", "\u000B", "\u000C", "\u001F");

    private static final List<String> BLANK = List.of("", " ", "   ", "\t", "\n\r\n", "\u3000",
            " \u2003 ");

    private final Random random;

    public HostileText(Random random) {
        this.random = random;
    }

    /**
     * A text of exactly {@code codePoints} code points that a journal keeps as it is: it starts
     * and ends with a letter, and holds hostile pieces between.
     */
    public String keepable(int codePoints) {
        if (codePoints <= 1) {
            return edge();
        }
        StringBuilder text = new StringBuilder(edge());
        int count = 1;
        while (count < codePoints - 1) {
            String piece = random.nextInt(3) == 0 ? word() : pick(KEEPABLE);
            text.append(piece);
            count += piece.codePointCount(0, piece.length());
        }
        String middle = text.substring(0, text.offsetByCodePoints(0, codePoints - 1));
        return middle + edge();
    }

    /** A keepable text of a length most fields see: mostly short, sometimes right at {@code limit}. */
    public String keepableUpTo(int limit) {
        int roll = random.nextInt(100);
        int length;
        if (roll < 70) {
            length = 1 + random.nextInt(Math.min(60, limit));
        } else if (roll < 92) {
            length = 1 + random.nextInt(Math.min(400, limit));
        } else if (roll < 97) {
            length = Math.max(1, limit - random.nextInt(3));
        } else {
            length = limit;
        }
        return keepable(length);
    }

    /** {@code text} with space before and after, which trimming takes off again. */
    public String padded(String text) {
        return space() + text + space();
    }

    /** Text with nothing but space in it, or nothing at all. */
    public String blank() {
        return pick(BLANK);
    }

    /** A keepable text with one control character (NUL, C0 or C1) put inside it. */
    public String withControl(String text) {
        String control = String.valueOf(CONTROLS.charAt(random.nextInt(CONTROLS.length())));
        return inside(text, control);
    }

    /** A keepable text with half of a surrogate pair, alone, put inside it. */
    public String withLoneSurrogate(String text) {
        String half = switch (random.nextInt(3)) {
            case 0 -> String.valueOf((char) (0xD800 + random.nextInt(0x400)));
            case 1 -> String.valueOf((char) (0xDC00 + random.nextInt(0x400)));
            default -> "\uDE00\uD83D";
        };
        return inside(text, half);
    }

    /** About a megabyte of keepable text, with a control character in it one time in four. */
    public String megabyte() {
        String chunk = keepable(1_000);
        StringBuilder text = new StringBuilder(MEGABYTE + 1_000);
        while (text.length() < MEGABYTE) {
            text.append(chunk);
        }
        String huge = text.toString();
        return random.nextInt(4) == 0 ? withControl(huge) : huge;
    }

    /** A word of plain letters, such as a search might look for. */
    public String word() {
        StringBuilder word = new StringBuilder();
        int length = 3 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** One of the hostile pieces, on its own. */
    public String piece() {
        return pick(KEEPABLE);
    }

    /** A character no text may hold: NUL, another C0 control but tab, LF and CR, DEL or C1. */
    public char control() {
        return CONTROLS.charAt(random.nextInt(CONTROLS.length()));
    }

    /** Shows a text in a failure message: escaped where invisible, and cut when long. */
    public static String shown(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder shown = new StringBuilder("\"");
        int limit = Math.min(text.length(), 120);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.isSurrogate(c)
                    || Character.getType(c) == Character.FORMAT) {
                shown.append(String.format("\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        shown.append('"');
        if (text.length() > limit) {
            shown.append("… (").append(String.format("%,d", text.length())).append(" chars)");
        }
        return shown.toString();
    }

    private String inside(String text, String inserted) {
        String base = text.codePointCount(0, text.length()) < 2 ? edge() + text : text;
        int codePoints = base.codePointCount(0, base.length());
        int at = base.offsetByCodePoints(0, 1 + random.nextInt(codePoints - 1));
        return base.substring(0, at) + inserted + base.substring(at);
    }

    private String edge() {
        return String.valueOf(EDGES.charAt(random.nextInt(EDGES.length())));
    }

    private String space() {
        StringBuilder space = new StringBuilder();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            space.append(pick(SPACE));
        }
        return space.toString();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String controls() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c <= 0x9F; c++) {
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                controls.append(c);
            }
        }
        return controls.toString();
    }
}
