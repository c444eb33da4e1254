package org.goodenough.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What was typed into a form and not saved yet, kept so that a crash or a closed window loses
 * at most the last second of it.
 *
 * @param form    which form: {@code plan}, {@code did-it}, {@code reflection}, {@code ladder} or
 *                {@code idea}
 * @param subject the record the form changes (an exposure, ladder or idea), or null for a new one
 * @param keptAt  when it was last kept
 * @param fields  each field's text, by the field's name in the form
 */
public record Draft(String form, Long subject, Instant keptAt, Map<String, String> fields) {

    public Draft {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(keptAt, "keptAt");
        fields = Map.copyOf(fields);
    }

    /** The first field with text in it, to remind the person what the draft was. */
    public String gist(String... preferred) {
        for (String name : preferred) {
            String text = fields.get(name);
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return "";
    }
}
