package org.goodenough.domain;

import java.time.LocalDate;

/**
 * What to look for in the journal: words (matched as the start of words, in any text an
 * exposure or its reflection holds) and filters. Any part may be left out: {@code null}, or
 * blank words, means any. An exposure's day is the day it was done, else its planned day,
 * else the day it was written down.
 */
public record ExposureFilter(String words, ExposureStatus status, Category category,
                             Stakes stakes, Long ladderId, LocalDate from, LocalDate to) {

    public ExposureFilter {
        words = words == null ? "" : words;
    }

    /** Everything: no words, no filters. */
    public static ExposureFilter any() {
        return new ExposureFilter("", null, null, null, null, null, null);
    }

    public ExposureFilter withWords(String newWords) {
        return new ExposureFilter(newWords, status, category, stakes, ladderId, from, to);
    }
}
