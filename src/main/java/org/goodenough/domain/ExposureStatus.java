package org.goodenough.domain;

/**
 * Where an exposure stands. A plan is never "missed": it is done, set aside for now without
 * blame, or let go.
 */
public enum ExposureStatus {
    PLANNED("Planned"),
    DONE("Done"),
    NOT_NOW("Not now"),
    LET_GO("Let go");

    private final String label;

    ExposureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
