package org.goodenough.domain;

/** Whether the feared outcome happened, as the person saw it afterwards. */
public enum Outcome {
    NO("No"),
    PARTLY("Partly"),
    YES("Yes");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
