package org.goodenough.exchange.worksheet;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: at spaces where it can, inside a word only when the
 * word alone is wider than the line. Each paragraph the person wrote starts a new line. Lines
 * come back in the order they are drawn, right-to-left runs (Hebrew) turned around to be read.
 */
final class Lines {

    private final WorksheetFont font;

    Lines(WorksheetFont font) {
        this.font = font;
    }

    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R")) {
            wrapParagraph(font.printable(paragraph).strip(), size, width, lines);
        }
        return lines.stream().map(Lines::visual).toList();
    }

    private void wrapParagraph(String paragraph, float size, float width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (font.width(tried, size) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (font.width(rest, size) > width) {
                int fits = fitting(rest, size, width);
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        lines.add(line.toString());
    }

    /** How many chars of {@code word} fit the width, at least one whole character. */
    private int fitting(String word, float size, float width) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (font.width(word.substring(0, next), size) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** The line in the order its letters stand on the page. */
    static String visual(String logical) {
        if (!Bidi.requiresBidi(logical.toCharArray(), 0, logical.length())) {
            return logical;
        }
        Bidi bidi = new Bidi(logical, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        String[] runs = new String[count];
        byte[] levels = new byte[count];
        for (int i = 0; i < count; i++) {
            String run = logical.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = levels[i] % 2 == 1 ? new StringBuilder(run).reverse().toString() : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }
}
