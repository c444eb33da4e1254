package org.goodenough.domain;

import java.util.EnumSet;
import java.util.Set;

/** The three lists the journal shows. Let-go exposures rest beside the not-now ones. */
public enum JournalSection {
    UPCOMING("Upcoming", EnumSet.of(ExposureStatus.PLANNED)),
    DONE("Done", EnumSet.of(ExposureStatus.DONE)),
    NOT_NOW("Not now", EnumSet.of(ExposureStatus.NOT_NOW, ExposureStatus.LET_GO));

    private final String label;
    private final Set<ExposureStatus> statuses;

    JournalSection(String label, Set<ExposureStatus> statuses) {
        this.label = label;
        this.statuses = statuses;
    }

    public String label() {
        return label;
    }

    public Set<ExposureStatus> statuses() {
        return statuses;
    }

    public static JournalSection of(ExposureStatus status) {
        for (JournalSection section : values()) {
            if (section.statuses.contains(status)) {
                return section;
            }
        }
        throw new IllegalArgumentException("No section holds " + status);
    }
}
