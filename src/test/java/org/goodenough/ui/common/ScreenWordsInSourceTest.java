package org.goodenough.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No screen writes its words into the code: a text handed to a label, a button, a menu item, a
 * prompt, a title or an accessible text comes from the bundle. Ids, style classes and the log
 * are free to use literals.
 */
class ScreenWordsInSourceTest {

    /** A call that shows its first text argument, followed by a literal with a letter in it. */
    private static final Pattern SHOWN = Pattern.compile(
            "(?:new (?:Label|Button|CheckBox|RadioButton|ToggleButton|Hyperlink|MenuItem|Menu|"
                    + "MenuButton|RadioMenuItem|CheckMenuItem|Tab|TitledPane|Tooltip|Text|"
                    + "ButtonType|Alert)|\\.set(?:Text|PromptText|Title|HeaderText|ContentText|"
                    + "AccessibleText|AccessibleHelp|Placeholder|Label)|\\.(?:field|note|add|addAll)"
                    + "|Buttons\\.(?:of|primary))\\(\\s*\"([^\"]*[A-Za-z][^\"]*)\"");

    @Test
    void everyShownTextComesFromTheBundle() throws IOException {
        List<String> found = new ArrayList<>();
        Path ui = Path.of("src/main/java/org/goodenough/ui");
        try (Stream<Path> files = Files.walk(ui)) {
            for (Path file : files.filter(each -> each.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher matcher = SHOWN.matcher(source);
                while (matcher.find()) {
                    if (!looksLikeAStyleOrId(matcher.group(1))) {
                        found.add(ui.relativize(file) + ": \"" + matcher.group(1) + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), found, "words on screen written into the code, not the bundle");
    }

    /** "form-note", "cell-line": words for the style sheet, never shown. */
    private static boolean looksLikeAStyleOrId(String literal) {
        return literal.matches("[a-z][a-zA-Z0-9]*(-[a-z0-9]+)*");
    }
}
