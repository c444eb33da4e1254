package org.goodenough.exchange;

/**
 * A place in an imported file.
 *
 * @param line   the line, from 1; 0 when not known
 * @param column the column, from 1; 0 when not known
 * @param path   where in the JSON structure, such as {@code exposures[3].likelihood}; empty for
 *               the file as a whole
 */
public record FilePlace(int line, int column, String path) {

    /** The start of a sentence naming this place. */
    String describe() {
        StringBuilder text = new StringBuilder();
        if (line > 0) {
            text.append("Line ").append(line).append(", column ").append(column);
        }
        if (!path.isEmpty()) {
            text.append(text.isEmpty() ? "At " : " (").append(path).append(line > 0 ? ")" : "");
        }
        return text.isEmpty() ? "" : text.append(": ").toString();
    }
}
