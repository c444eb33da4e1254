package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.goodenough.domain.DayTally;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.InsightScope;
import org.goodenough.domain.Plan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The insights count each exposure on the day it was done where the person lives, with the
 * offset in force then. The journal's figures are checked against Java's own reading of each
 * instant, in zones ahead of UTC and behind it, with half hours, summer time, and a whole day
 * of difference.
 */
class LocalDaysTest {

    private static final List<String> ZONES = List.of("UTC", "Europe/London", "Europe/Berlin",
            "Asia/Kolkata", "Pacific/Kiritimati", "America/St_Johns", "America/Los_Angeles",
            "Pacific/Pago_Pago", "Australia/Lord_Howe");

    @TempDir
    static Path folder;
    private static final List<Instant> DONE = new ArrayList<>();

    @BeforeAll
    static void writeJournal() {
        Random random = new Random(7);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        // Each hour and half hour around midnight UTC, and any time of day, over two years.
        for (int day = 0; day < 730; day += 3) {
            Instant midnight = start.plus(day, ChronoUnit.DAYS);
            DONE.add(midnight.plus(random.nextInt(48) * 30 - 720, ChronoUnit.MINUTES));
            DONE.add(midnight.plusSeconds(random.nextInt(86_400)).plusMillis(random.nextInt(1000)));
        }
        try (Journal journal = Journal.open(folder.resolve("journal.db"))) {
            for (Instant at : DONE) {
                Exposure plan = journal.exposures().add(new Plan("Done at " + at, null, null, null,
                        null, null, null, null, null, null, null, null, null), null, at);
                journal.exposures().updateDoing(plan.id(), ExposureStatus.DONE, at,
                        Distress.NOT_RATED, at);
            }
        }
    }

    @Test
    void everyExposureIsCountedOnItsLocalDayInEveryZone() {
        try (Journal journal = Journal.open(folder.resolve("journal.db"))) {
            for (String name : ZONES) {
                ZoneId zone = ZoneId.of(name);
                Map<LocalDate, Integer> expected = new TreeMap<>();
                DONE.forEach(at -> expected.merge(at.atZone(zone).toLocalDate(), 1, Integer::sum));
                Map<LocalDate, Integer> counted = new TreeMap<>();
                List<LocalDate> order = new ArrayList<>();
                for (DayTally tally : journal.insights().dayTallies(InsightScope.everything(), zone)) {
                    counted.put(tally.day(), tally.done());
                    order.add(tally.day());
                }
                assertEquals(expected, counted, name);
                assertEquals(order.stream().sorted().distinct().toList(), order,
                        name + ": each day once, in order");
            }
        }
    }

    @Test
    void aChosenStretchOfDaysHoldsExactlyTheExposuresDoneOnThoseLocalDays() {
        LocalDate from = LocalDate.of(2025, 3, 29);
        LocalDate to = LocalDate.of(2025, 11, 2);
        try (Journal journal = Journal.open(folder.resolve("journal.db"))) {
            for (String name : ZONES) {
                ZoneId zone = ZoneId.of(name);
                long expected = DONE.stream().map(at -> at.atZone(zone).toLocalDate())
                        .filter(day -> !day.isBefore(from) && !day.isAfter(to)).count();
                int counted = journal.insights().dayTallies(new InsightScope(from, to, null, null), zone)
                        .stream().mapToInt(DayTally::done).sum();
                assertEquals(expected, counted, name);
            }
        }
    }
}
