package org.goodenough.domain;

/**
 * The days a journal keeps: those of the years 1000 to 9999. Their years are written with four
 * digits, so days and moments stored as text sort in time order, and an export of them reads
 * back the same.
 */
public final class DayLimits {

    public static final int FIRST_YEAR = 1000;
    public static final int LAST_YEAR = 9999;

    private DayLimits() {
    }

    public static boolean keeps(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
