package org.goodenough.domain;

/**
 * A 0–100 % rating: how likely a feared outcome seems, or how strongly a belief is held.
 *
 * @param value the percentage, 0 to 100
 */
public record Percent(int value) {

    public static final int MIN = 0;
    public static final int MAX = 100;

    public Percent {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("A percentage runs from 0 to 100, not " + value);
        }
    }

    public static Percent of(int value) {
        return new Percent(value);
    }
}
