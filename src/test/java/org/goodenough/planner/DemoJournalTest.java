package org.goodenough.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Reflection;
import org.goodenough.store.PrivateFiles;
import org.junit.jupiter.api.Test;

/** The demo journal: a whole, believable example person, in a folder of its own that goes. */
class DemoJournalTest {

    private final Clock clock = Clock.systemDefaultZone();

    private static List<Exposure> all(JournalSession session) {
        List<Exposure> all = new ArrayList<>();
        for (JournalSection section : JournalSection.values()) {
            all.addAll(session.planner().list(section, 0, 1000));
        }
        return all;
    }

    @Test
    void theExamplePersonHasEveryStateOfAnExposure() {
        try (JournalSession demo = DemoJournal.open(clock)) {
            assertTrue(demo.isDemo());
            List<Exposure> all = all(demo);
            assertTrue(all.size() >= 22 && all.size() <= 30, "about 25 exposures: " + all.size());
            assertEquals(EnumSet.allOf(ExposureStatus.class),
                    all.stream().map(Exposure::status).collect(Collectors.toCollection(
                            () -> EnumSet.noneOf(ExposureStatus.class))));
            assertTrue(all.stream().anyMatch(e -> e.isDone() && !e.hasReflection()),
                    "one is done and waits for its reflection");
            assertTrue(all.stream().anyMatch(e -> e.status() == ExposureStatus.PLANNED
                    && e.plan().date() == null), "one plan has no day yet");
            assertEquals(2, demo.ladders().all().size());
        }
    }

    @Test
    void repeatsFormSeriesAndSomeFearsPartlyCameTrue() {
        try (JournalSession demo = DemoJournal.open(clock)) {
            List<Exposure> all = all(demo);
            Map<Long, Long> seriesSizes = all.stream().collect(
                    Collectors.groupingBy(Exposure::seriesId, Collectors.counting()));
            assertTrue(seriesSizes.values().stream().filter(size -> size >= 3).count() >= 2,
                    "two series of three or more: " + seriesSizes);
            List<Outcome> outcomes = all.stream().filter(Exposure::hasReflection)
                    .map(e -> e.reflection().outcome()).toList();
            assertTrue(outcomes.stream().filter(Outcome.PARTLY::equals).count() >= 2, outcomes.toString());
            assertTrue(outcomes.contains(Outcome.YES), outcomes.toString());
            assertTrue(outcomes.stream().filter(Outcome.NO::equals).count() > outcomes.size() / 2,
                    "most feared outcomes did not come, as in life: " + outcomes);
            long answeredAllFour = all.stream().map(Exposure::reflection)
                    .filter(r -> r != null && filled(r.felt()) && filled(r.worse())
                            && filled(r.better()) && filled(r.learned()))
                    .count();
            assertTrue(answeredAllFour >= 8, "reflections in the person's words: " + answeredAllFour);
            assertTrue(all.stream().map(Exposure::reflection).anyMatch(r -> r != null
                    && (!filled(r.worse()) || !filled(r.learned()))), "some reflections are partial");
        }
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    @Test
    void itsDaysAreTheLastEightWeeksAndTheNextFewDays() {
        try (JournalSession demo = DemoJournal.open(clock)) {
            LocalDate today = LocalDate.now(clock);
            Instant now = clock.instant();
            for (Exposure exposure : all(demo)) {
                assertFalse(exposure.createdAt().isAfter(now), "planned in the past: " + exposure);
                if (exposure.isDone()) {
                    assertTrue(exposure.doneAt().isBefore(now), "done in the past: " + exposure);
                    assertTrue(exposure.plan().date().isAfter(today.minusDays(60)));
                }
                Reflection reflection = exposure.reflection();
                if (reflection != null) {
                    assertTrue(reflection.reflectedAt().isAfter(exposure.doneAt()));
                }
            }
            assertTrue(all(demo).stream().anyMatch(e -> e.status() == ExposureStatus.PLANNED
                    && e.plan().date() != null && e.plan().date().isAfter(today)));
            // Moments were written as told; the planner's clock follows the real one again.
            Exposure planned = demo.planner().plan(PlanInput.of("Leave one typo in a chat message"));
            assertFalse(planned.createdAt().isBefore(now));
        }
    }

    @Test
    void eachDemoIsItsOwnAndLeavesNothingBehind() throws Exception {
        Path first;
        Set<String> firstMistakes;
        try (JournalSession demo = DemoJournal.open(clock)) {
            first = demo.file().getParent();
            assertTrue(first.getFileName().toString().startsWith(DemoJournal.FOLDER_PREFIX));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first)));
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(demo.file())));
            firstMistakes = mistakes(demo);
            Exposure added = demo.planner().plan(PlanInput.of("Something the therapist typed"));
            assertNotNull(added);
        }
        assertFalse(Files.exists(first), "the demo's folder is gone once closed");
        try (JournalSession again = DemoJournal.open(clock)) {
            assertFalse(again.file().getParent().equals(first));
            assertEquals(firstMistakes, mistakes(again), "a new demo starts from the seed alone");
        }
    }

    @Test
    void aDemoLeftByAKilledWindowGoesAndOneStillOpenStays() throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        Path left = Files.createTempDirectory(temp, DemoJournal.FOLDER_PREFIX);
        Files.writeString(left.resolve(DemoJournal.FILE_NAME), "a demo nobody closed");
        Path recent = Files.createTempDirectory(temp, DemoJournal.FOLDER_PREFIX);
        FileTime longAgo = FileTime.from(Instant.now().minus(DemoJournal.LEFT_FOR.multipliedBy(3)));
        Files.setLastModifiedTime(left, longAgo);
        try (JournalSession open = DemoJournal.open(clock)) {
            Path openFolder = open.file().getParent();
            Files.setLastModifiedTime(openFolder, longAgo);
            try (JournalSession second = DemoJournal.open(clock)) {
                assertFalse(Files.exists(left), "a left-over demo is removed");
                assertTrue(Files.exists(open.file()), "a demo open in another window stays");
                assertTrue(Files.exists(recent), "a folder just made may be a demo being opened");
                assertFalse(second.file().getParent().equals(openFolder));
            }
        } finally {
            PrivateFiles.deleteTree(recent);
        }
    }

    private static Set<String> mistakes(JournalSession session) {
        return all(session).stream().map(e -> e.status() + " " + e.plan().mistake())
                .collect(Collectors.toSet());
    }
}
