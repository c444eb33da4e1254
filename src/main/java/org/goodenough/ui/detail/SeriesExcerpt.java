package org.goodenough.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which times of a series an exposure's page lists. A short series is listed whole; a long one
 * (a mistake made again every day for a year, say) lists the first time, where the person
 * started, the time shown with the ones either side of it, and the latest; the times between
 * are counted on a line of their own. So the page stays short and quick to build however often
 * a mistake was repeated.
 */
final class SeriesExcerpt {

    /** A series this long or shorter is listed whole. */
    static final int WHOLE_UP_TO = 12;
    /** How many of the latest times a long series lists. */
    static final int LATEST = 6;

    /** One line: a time, by its place in the series from 0; or, when {@code leftOut > 0}, how many are left out there. */
    record Line(int index, int leftOut) {

        boolean isGap() {
            return leftOut > 0;
        }
    }

    private SeriesExcerpt() {
    }

    /** The lines for a series of {@code size} times, the page showing the one at {@code current} (or -1). */
    static List<Line> of(int size, int current) {
        TreeSet<Integer> shown = new TreeSet<>();
        if (size <= WHOLE_UP_TO) {
            for (int i = 0; i < size; i++) {
                shown.add(i);
            }
        } else {
            shown.add(0);
            for (int i = current - 1; i <= current + 1; i++) {
                if (current >= 0 && i >= 0 && i < size) {
                    shown.add(i);
                }
            }
            for (int i = size - LATEST; i < size; i++) {
                shown.add(i);
            }
        }
        List<Line> lines = new ArrayList<>();
        int previous = -1;
        for (int index : shown) {
            int gap = index - previous - 1;
            if (gap == 1) {
                // Counting one time would take a line as well: it is listed instead.
                lines.add(new Line(previous + 1, 0));
            } else if (gap > 1) {
                lines.add(new Line(-1, gap));
            }
            lines.add(new Line(index, 0));
            previous = index;
        }
        return lines;
    }
}
