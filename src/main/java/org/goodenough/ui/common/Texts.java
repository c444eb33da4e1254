package org.goodenough.ui.common;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.goodenough.planner.Sentences;

/**
 * The words on screen, read from the bundle {@code org/goodenough/ui/texts} for the language in
 * use: {@code texts_de.properties} for German, {@code texts.properties} (English) otherwise.
 * A key missing from a translation falls back to the English words.
 *
 * <p>{@link #format} fills {@code {0}}, {@code {1}}, … with the given values as they are; it
 * has none of {@code MessageFormat}'s quoting rules, so an apostrophe is just an apostrophe.
 * Numbers and dates are formatted by the caller for the locale.
 */
public final class Texts {

    static final String BUNDLE = "org.goodenough.ui.texts";
    private static final ResourceBundle.Control ENGLISH_WHEN_MISSING =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale locale = Locale.getDefault(Locale.Category.DISPLAY);

    private Texts() {
    }

    /** The language of every text asked for from now on, and of the planner's sentences. */
    public static void use(Locale chosen) {
        locale = chosen;
        Sentences.use(chosen);
    }

    public static Locale locale() {
        return locale;
    }

    public static String get(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text for the key " + key, e);
        }
    }

    public static String format(String key, Object... values) {
        String text = get(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(),
                ENGLISH_WHEN_MISSING);
    }
}
