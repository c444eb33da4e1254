package org.goodenough.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeriesExcerptTest {

    @Test
    void aShortSeriesIsListedWhole() {
        assertEquals("0 1 2", written(3, 1));
        assertEquals("0 1 2 3 4 5 6 7 8 9 10 11", written(12, 11));
    }

    @Test
    void aLongSeriesListsTheFirstTheOneShownWithItsNeighboursAndTheLatest() {
        assertEquals("0 (33) 34 35 36 37 38 39", written(40, 39));
        assertEquals("0 (9) 10 11 12 (21) 34 35 36 37 38 39", written(40, 11));
        assertEquals("0 1 (32) 34 35 36 37 38 39", written(40, 0));
    }

    @Test
    void aGapOfOneIsListedNotCounted() {
        // The neighbours of time 3 reach 2: time 1 alone between 0 and 2 is listed.
        assertEquals("0 1 2 3 4 (28) 33 34 35 36 37 38", written(39, 3));
    }

    @Test
    void withoutAShownTimeTheFirstAndTheLatestAreListed() {
        assertEquals("0 (13) 14 15 16 17 18 19", written(20, -1));
    }

    @Test
    void everyTimeIsListedOrCountedOnce() {
        for (int size = 0; size < 60; size++) {
            for (int current = -1; current < size; current++) {
                int covered = 0;
                for (SeriesExcerpt.Line line : SeriesExcerpt.of(size, current)) {
                    covered += line.isGap() ? line.leftOut() : 1;
                }
                assertEquals(size, covered, size + " times, showing " + current);
                assertEquals(true, SeriesExcerpt.of(size, current).size() <= 13,
                        "a short page for " + size);
            }
        }
    }

    private static String written(int size, int current) {
        List<SeriesExcerpt.Line> lines = SeriesExcerpt.of(size, current);
        return lines.stream().map(line -> line.isGap() ? "(" + line.leftOut() + ")"
                : Integer.toString(line.index())).collect(Collectors.joining(" "));
    }
}
