package org.goodenough.domain;

/** How much is at stake in a planned mistake: start with low, climb gently. */
public enum Stakes {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    Stakes(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
