package org.goodenough.domain;

/** The life areas that perfectionistic standards, and so exposures, are grouped by. */
public enum Category {
    WORK_AND_STUDY("Work and study"),
    COMMUNICATION("Communication"),
    SOCIAL("Social"),
    APPEARANCE("Appearance"),
    HOME_AND_ORDER("Home and order"),
    TIME_AND_PUNCTUALITY("Time and punctuality"),
    CHECKING_AND_LISTS("Checking and lists"),
    DECISIONS("Decisions"),
    REASSURANCE_AND_PRAISE("Reassurance and praise"),
    CREATIVE_AND_LEISURE("Creative and leisure"),
    EVERYDAY_PUBLIC_LIFE("Everyday public life");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
