package org.goodenough.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RatingsTest {

    @Test
    void sudsAcceptsTheWholeScaleAndNothingBeyondIt() {
        assertEquals(0, Suds.of(0).value());
        assertEquals(100, Suds.of(100).value());
        assertThrows(IllegalArgumentException.class, () -> Suds.of(-1));
        assertThrows(IllegalArgumentException.class, () -> Suds.of(101));
    }

    @Test
    void percentAcceptsTheWholeScaleAndNothingBeyondIt() {
        assertEquals(0, Percent.of(0).value());
        assertEquals(100, Percent.of(100).value());
        assertThrows(IllegalArgumentException.class, () -> Percent.of(-1));
        assertThrows(IllegalArgumentException.class, () -> Percent.of(101));
    }

    @Test
    void aPlanNeedsItsMistake() {
        assertThrows(IllegalArgumentException.class, () -> Plan.of(" \t\n"));
        assertEquals("I can handle this.", Plan.of("Send it with a typo").selfCompassion());
    }

    @Test
    void everyStatusBelongsToExactlyOneSection() {
        for (ExposureStatus status : ExposureStatus.values()) {
            long holding = java.util.Arrays.stream(JournalSection.values())
                    .filter(section -> section.statuses().contains(status)).count();
            assertEquals(1, holding, status.name());
        }
        assertEquals(JournalSection.NOT_NOW, JournalSection.of(ExposureStatus.LET_GO));
    }
}
