package org.goodenough.planner;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The planner's own sentences for people (what a field needs, what a figure shows), read from
 * the bundle {@code org/goodenough/planner/sentences} in the language set with {@link #use}.
 * English until a window chooses otherwise, so the command line and the log always read
 * English. Kept apart from the window's words: the planner knows no screen.
 */
public final class Sentences {

    static final String BUNDLE = "org.goodenough.planner.sentences";
    private static final ResourceBundle.Control ENGLISH_WHEN_MISSING =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale locale = Locale.ENGLISH;

    private Sentences() {
    }

    /** The language of every sentence made from now on. */
    public static void use(Locale chosen) {
        locale = chosen;
    }

    public static Locale locale() {
        return locale;
    }

    static String get(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, Sentences.class.getClassLoader(),
                    ENGLISH_WHEN_MISSING).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No sentence for the key " + key, e);
        }
    }

    /** The sentence with {0}, {1}, … replaced by the values as they are. */
    static String format(String key, Object... values) {
        String text = get(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /**
     * The file of content the app ships (the idea library, the demo journal) in the language of
     * {@code chosen}: {@code ideas_de.json} beside {@code ideas.json} when there is one, the
     * English file otherwise. The content keeps its ids in every language, so nothing stored
     * depends on it.
     */
    static String shippedFile(String englishFile, Locale chosen) {
        int dot = englishFile.lastIndexOf('.');
        String translated = englishFile.substring(0, dot) + "_" + chosen.getLanguage()
                + englishFile.substring(dot);
        return !chosen.getLanguage().isEmpty() && Sentences.class.getResource(translated) != null
                ? translated : englishFile;
    }

    /** A count as the language writes it: 12,345 or 12.345. */
    static String count(long number) {
        return String.format(locale, "%,d", number);
    }
}
