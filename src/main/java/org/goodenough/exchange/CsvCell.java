package org.goodenough.exchange;

import org.goodenough.domain.Percent;
import org.goodenough.domain.Suds;

/** One cell of a CSV row, quoted as RFC 4180 asks; an empty cell for a skipped value. */
final class CsvCell {

    private CsvCell() {
    }

    /** A value of ours (an id, a day, a name of a state): quoted only if it must be. */
    static String plain(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        return quoted(text);
    }

    /**
     * Text the person wrote. A spreadsheet would run a cell beginning with = + - or @ as a
     * formula, so such text gets a leading apostrophe, which spreadsheets read as "this is text".
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        boolean formulaLike = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
        return quoted(formulaLike ? "'" + value : value);
    }

    static String rating(Suds value) {
        return value == null ? "" : Integer.toString(value.value());
    }

    static String rating(Percent value) {
        return value == null ? "" : Integer.toString(value.value());
    }

    private static String quoted(String text) {
        boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
