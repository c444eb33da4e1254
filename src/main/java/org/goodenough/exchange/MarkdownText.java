package org.goodenough.exchange;

import java.util.regex.Pattern;

/**
 * The person's text placed in Markdown so that it reads as they wrote it: characters Markdown
 * would take as formatting are escaped, and their line breaks are kept.
 */
final class MarkdownText {

    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>|~])");
    /** What would start a heading, a list, a quote or a rule at the start of a line. */
    private static final Pattern LINE_START = Pattern.compile("^(\\s*)([#>+=-])");
    /** What would start a numbered list. */
    private static final Pattern NUMBERED = Pattern.compile("^(\\s*\\d+)([.)])");

    private MarkdownText() {
    }

    /** Text on one line, such as a heading: its line breaks become spaces. */
    static String line(String text) {
        return escapeLine(text.replaceAll("\\s*\\R\\s*", " ").strip());
    }

    /** A paragraph or more, each line break kept as one. */
    static String block(String text) {
        String[] lines = text.strip().split("\\R", -1);
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = escapeLine(lines[i]);
            boolean last = i == lines.length - 1;
            boolean nextBlank = !last && lines[i + 1].isBlank();
            block.append(line);
            if (!last) {
                // A backslash at the end of a line is Markdown's hard line break.
                block.append(line.isBlank() || nextBlank ? "\n" : "\\\n");
            }
        }
        return block.toString();
    }

    private static String escapeLine(String line) {
        String escaped = INLINE.matcher(line).replaceAll("\\\\$1");
        escaped = LINE_START.matcher(escaped).replaceFirst("$1\\\\$2");
        return NUMBERED.matcher(escaped).replaceFirst("$1\\\\$2");
    }
}
