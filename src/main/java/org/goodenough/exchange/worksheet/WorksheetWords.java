package org.goodenough.exchange.worksheet;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of a printed worksheet, in the language the window speaks: {@code words.properties}
 * (English) or {@code words_de.properties} (German) beside this class. The window's own words
 * live in the ui layer, which this layer may not reach, so the worksheets keep their own.
 */
final class WorksheetWords {

    private static final String BUNDLE = "org.goodenough.exchange.worksheet.words";
    /** English when a language has no worksheet words, whatever the system speaks. */
    private static final ResourceBundle.Control ENGLISH_WHEN_MISSING =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final DateTimeFormatter day;

    private WorksheetWords(Locale locale) {
        bundle = ResourceBundle.getBundle(BUNDLE, locale, WorksheetWords.class.getClassLoader(),
                ENGLISH_WHEN_MISSING);
        day = DateTimeFormatter.ofPattern(bundle.getString("dayPattern"), locale);
    }

    static WorksheetWords in(Locale locale) {
        return new WorksheetWords(locale);
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** The text of {@code key} with {0}, {1}, … replaced by {@code values}. */
    String format(String key, Object... values) {
        String text = get(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /** The label of an enum value, such as a category or the stakes, under its own key. */
    String label(String kind, Enum<?> value) {
        return get(kind + "." + value.name());
    }

    String day(TemporalAccessor date) {
        return day.format(date);
    }
}
