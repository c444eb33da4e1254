package org.goodenough.planner;

import java.util.ArrayList;
import java.util.List;
import org.goodenough.domain.SearchHit;

/** Text in parts, some of them marked as matching what was searched for. */
public record MarkedText(List<Part> parts) {

    public record Part(String text, boolean marked) {
    }

    /** Reads text whose matches sit between {@link SearchHit#MARK_START} and {@link SearchHit#MARK_END}. */
    static MarkedText read(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean marked = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == SearchHit.MARK_START || c == SearchHit.MARK_END) {
                if (!part.isEmpty()) {
                    parts.add(new Part(part.toString(), marked));
                    part.setLength(0);
                }
                marked = c == SearchHit.MARK_START;
            } else {
                part.append(c);
            }
        }
        if (!part.isEmpty()) {
            parts.add(new Part(part.toString(), marked));
        }
        return new MarkedText(List.copyOf(parts));
    }

    /** The text without marks. */
    public String plain() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    /** The marked parts, in order. */
    public List<String> marked() {
        return parts.stream().filter(Part::marked).map(Part::text).toList();
    }
}
