package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.goodenough.Samples;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Reflection;
import org.goodenough.domain.Suds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExposureRepositoryTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T10:15:30.250Z");

    @TempDir
    Path folder;
    private Path file;
    private Journal journal;

    @BeforeEach
    void open() {
        file = folder.resolve("journal.db");
        journal = Journal.open(file);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private Journal reopen() {
        journal.close();
        journal = Journal.open(file);
        return journal;
    }

    @Test
    void everyFieldOfAnExposureSurvivesCloseAndReopen() {
        Ladder ladder = journal.ladders().add("Being seen to make mistakes",
                "If I make a visible mistake, people will think I am incompetent", Percent.of(80), MONDAY);
        Plan plan = Samples.fullPlan(ladder.id());
        Exposure planned = journal.exposures().add(plan, null, MONDAY);
        Distress distress = new Distress(Suds.of(40), Suds.of(65), Suds.of(15));
        journal.exposures().updateDoing(planned.id(), ExposureStatus.DONE, TUESDAY, distress, TUESDAY);
        Reflection reflection = Samples.fullReflection(TUESDAY);
        journal.exposures().saveReflection(planned.id(), reflection, TUESDAY);

        Exposure read = reopen().exposures().find(planned.id()).orElseThrow();

        assertEquals(plan, read.plan());
        assertEquals(ExposureStatus.DONE, read.status());
        assertEquals(TUESDAY, read.doneAt());
        assertEquals(distress, read.distress());
        assertEquals(reflection, read.reflection());
        assertEquals(MONDAY, read.createdAt());
        assertEquals(TUESDAY, read.updatedAt());
        assertEquals(planned.uid(), read.uid());
        assertNull(read.repeatOf());
        Ladder readLadder = journal.ladders().find(ladder.id()).orElseThrow();
        assertEquals(ladder, readLadder);
    }

    @Test
    void skippedFieldsStaySkipped() {
        Plan bare = new Plan("Leave one item off the list", null, null, null, null, null, null, null,
                null, null, null, null, null);
        Exposure planned = journal.exposures().add(bare, null, MONDAY);
        journal.exposures().updateDoing(planned.id(), ExposureStatus.DONE, TUESDAY,
                Distress.NOT_RATED, TUESDAY);
        Reflection partial = new Reflection(null, null, null, null, null, "Lists can be short.", null,
                TUESDAY);
        journal.exposures().saveReflection(planned.id(), partial, TUESDAY);

        Exposure read = reopen().exposures().find(planned.id()).orElseThrow();

        assertEquals(bare, read.plan());
        assertEquals(Distress.NOT_RATED, read.distress());
        assertEquals(partial, read.reflection());
    }

    @Test
    void longUnicodeTextIsKeptExactly() {
        String long100k = (Samples.EMOJI + " " + Samples.RIGHT_TO_LEFT + " ").repeat(1_400);
        Plan plan = new Plan(Samples.EMOJI, null, null, null, null, null, long100k, null, null, null,
                null, null, null);
        Exposure planned = journal.exposures().add(plan, null, MONDAY);
        assertEquals(long100k, reopen().exposures().find(planned.id()).orElseThrow().plan()
                .fearedOutcome());
    }

    @Test
    void reflectingAgainReplacesTheEarlierAnswers() {
        Exposure planned = journal.exposures().add(Plan.of("Arrive just on time"), null, MONDAY);
        journal.exposures().updateDoing(planned.id(), ExposureStatus.DONE, MONDAY, Distress.NOT_RATED,
                MONDAY);
        journal.exposures().saveReflection(planned.id(), new Reflection("first", null, null, null,
                null, null, null, MONDAY), MONDAY);
        journal.exposures().saveReflection(planned.id(), new Reflection("second", null, null, null,
                null, "learned", null, TUESDAY), TUESDAY);

        Reflection read = journal.exposures().find(planned.id()).orElseThrow().reflection();
        assertEquals("second", read.whatHappened());
        assertEquals("learned", read.learned());
    }

    @Test
    void sectionsListTheirOwnExposuresInReadingOrder() {
        Exposure later = journal.exposures().add(dated("later", LocalDate.of(2026, 12, 5)), null, MONDAY);
        Exposure sooner = journal.exposures().add(dated("sooner", LocalDate.of(2026, 11, 25)), null,
                MONDAY);
        Exposure anyTime = journal.exposures().add(Plan.of("any time"), null, MONDAY);
        Exposure done = journal.exposures().add(Plan.of("done"), null, MONDAY);
        journal.exposures().updateDoing(done.id(), ExposureStatus.DONE, TUESDAY, Distress.NOT_RATED,
                TUESDAY);
        Exposure resting = journal.exposures().add(Plan.of("resting"), null, MONDAY);
        journal.exposures().updateDoing(resting.id(), ExposureStatus.NOT_NOW, null, Distress.NOT_RATED,
                TUESDAY);
        Exposure letGo = journal.exposures().add(Plan.of("let go"), null, MONDAY);
        journal.exposures().updateDoing(letGo.id(), ExposureStatus.LET_GO, null, Distress.NOT_RATED,
                MONDAY);

        assertEquals(List.of(sooner.id(), later.id(), anyTime.id()), ids(JournalSection.UPCOMING));
        assertEquals(List.of(done.id()), ids(JournalSection.DONE));
        assertEquals(List.of(resting.id(), letGo.id()), ids(JournalSection.NOT_NOW));
        assertEquals(List.of(later.id()), journal.exposures().list(JournalSection.UPCOMING, 1, 1)
                .stream().map(Exposure::id).toList(), "lists are read a page at a time");
    }

    @Test
    void repeatsFormASeriesThatSurvivesDeletingTheFirst() {
        Exposure first = journal.exposures().add(Plan.of("Share the draft unfinished"), null, MONDAY);
        Exposure second = journal.exposures().add(Plan.of("Share the draft unfinished"), first.id(),
                TUESDAY);
        Exposure third = journal.exposures().add(Plan.of("Share the draft unfinished"), first.id(),
                TUESDAY.plusSeconds(60));

        assertEquals(List.of(first.id(), second.id(), third.id()),
                journal.exposures().series(first.id()).stream().map(Exposure::id).toList());
        assertEquals(first.id(), third.seriesId());

        assertTrue(journal.exposures().delete(first.id()));

        assertEquals(List.of(second.id(), third.id()),
                journal.exposures().series(second.id()).stream().map(Exposure::id).toList());
        assertNull(journal.exposures().find(second.id()).orElseThrow().repeatOf());
        assertFalse(journal.exposures().find(first.id()).isPresent());
    }

    @Test
    void deletingAnExposureDeletesItsReflection() {
        Exposure planned = journal.exposures().add(Plan.of("Ask the obvious question"), null, MONDAY);
        journal.exposures().updateDoing(planned.id(), ExposureStatus.DONE, MONDAY, Distress.NOT_RATED,
                MONDAY);
        journal.exposures().saveReflection(planned.id(), Samples.fullReflection(MONDAY), MONDAY);
        assertTrue(journal.exposures().delete(planned.id()));
        assertEquals(0, countReflections());
        assertFalse(journal.exposures().delete(planned.id()), "deleting twice finds nothing");
    }

    @Test
    void changingAnExposureThatIsGoneSaysSo() {
        StoreException gone = assertThrows(StoreException.class,
                () -> journal.exposures().updatePlan(999, Plan.of("x"), MONDAY));
        assertTrue(gone.getMessage().contains("no longer in the journal"));
    }

    @Test
    void deletingALadderLeavesItsExposuresStandingAlone() {
        Ladder ladder = journal.ladders().add("Speaking up", null, null, MONDAY);
        Exposure rung = journal.exposures().add(Samples.fullPlan(ladder.id()), null, MONDAY);
        assertTrue(journal.ladders().delete(ladder.id()));
        Exposure read = journal.exposures().find(rung.id()).orElseThrow();
        assertNull(read.plan().ladderId());
        assertNotEquals(0, read.id());
    }

    private int countReflections() {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT count(*) FROM reflection")) {
            result.next();
            return result.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static Plan dated(String mistake, LocalDate date) {
        return new Plan(mistake, null, null, date, null, null, null, null, null, null, null, null, null);
    }

    private List<Long> ids(JournalSection section) {
        return journal.exposures().list(section, 0, 100).stream().map(Exposure::id).toList();
    }
}
