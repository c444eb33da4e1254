package org.goodenough.domain;

/**
 * Subjective units of distress: 0 is calm, 100 the worst imaginable.
 *
 * @param value the rating, 0 to 100
 */
public record Suds(int value) {

    public static final int MIN = 0;
    public static final int MAX = 100;

    public Suds {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("Distress is rated from 0 to 100, not " + value);
        }
    }

    public static Suds of(int value) {
        return new Suds(value);
    }
}
