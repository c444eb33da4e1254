package org.goodenough.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The English and German words hold the same keys, and each pair fills the same {0}, {1}, so
 * no screen ever shows a key or a German sentence that lost its value.
 */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    static Properties read(String resource) throws IOException {
        Properties words = new Properties();
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, "no " + resource);
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }

    @Test
    void everyEnglishKeyHasGermanWordsAndTheReverse() throws IOException {
        for (String bundle : List.of("org/goodenough/ui/texts", "org/goodenough/planner/sentences",
                "org/goodenough/exchange/worksheet/words")) {
            Properties english = read(bundle + ".properties");
            Properties german = read(bundle + "_de.properties");
            Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
            onlyEnglish.removeAll(german.stringPropertyNames());
            Set<String> onlyGerman = new TreeSet<>(german.stringPropertyNames());
            onlyGerman.removeAll(english.stringPropertyNames());
            assertEquals(Set.of(), onlyEnglish, "keys in " + bundle + " without German words");
            assertEquals(Set.of(), onlyGerman, "German keys in " + bundle + " that English lacks");
        }
    }

    @Test
    void bothLanguagesFillTheSamePlaceholders() throws IOException {
        for (String bundle : List.of("org/goodenough/ui/texts", "org/goodenough/planner/sentences",
                "org/goodenough/exchange/worksheet/words")) {
            Properties english = read(bundle + ".properties");
            Properties german = read(bundle + "_de.properties");
            List<String> differing = new ArrayList<>();
            for (String key : english.stringPropertyNames()) {
                if (german.containsKey(key) && !placeholders(english.getProperty(key))
                        .equals(placeholders(german.getProperty(key)))) {
                    differing.add(key);
                }
            }
            assertEquals(List.of(), differing, "placeholders differ in " + bundle);
        }
    }

    @Test
    void noWordsAreEmpty() throws IOException {
        for (String resource : List.of("org/goodenough/ui/texts.properties",
                "org/goodenough/ui/texts_de.properties")) {
            Properties words = read(resource);
            List<String> empty = words.stringPropertyNames().stream()
                    .filter(key -> words.getProperty(key).isBlank()).sorted().toList();
            assertEquals(List.of(), empty, "empty words in " + resource);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
