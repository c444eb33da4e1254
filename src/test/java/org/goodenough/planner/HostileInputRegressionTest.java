package org.goodenough.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import org.goodenough.DayClock;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Progress;
import org.goodenough.domain.Rung;
import org.goodenough.exchange.ExportFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs the hostile-input run found mishandled, each kept here as a plain case: what was
 * saved other than as typed, or saved when the journal could not keep it.
 */
class HostileInputRegressionTest {

    @TempDir
    Path folder;
    private JournalSession session;
    private ExposurePlanner planner;

    @BeforeEach
    void open() {
        session = JournalSession.open(folder.resolve("journal.db"), new DayClock("2026-11-23T09:00:00Z"));
        planner = session.planner();
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Was saved with each half turned into "?", so it read back changed. */
    @Test
    void aBrokenSurrogateIsRefusedBesideItsFieldInsteadOfSavedAsAQuestionMark() {
        PlanInput input = plan("Send it", null, null, "Breathe \uD83D and send");

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> planner.plan(input));

        assertEquals(Set.of(Field.COPING_PLAN), refused.problems().keySet());
        assertTrue(refused.problems().get(Field.COPING_PLAN).contains("U+D83D"));
        assertTrue(refused.problems().get(Field.COPING_PLAN).contains("after \"Breathe\""));
        assertEquals(0, planner.count(JournalSection.UPCOMING));
    }

    /** A NUL first in the mistake failed the journal's own check: an error, not a message. */
    @ParameterizedTest
    @ValueSource(strings = {"\u0000Send it", "Send\u0007 it", "Send it\u0085 now"})
    void aControlCharacterIsRefusedWithAMessageAndNothingIsSaved(String mistake) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> planner.plan(PlanInput.of(mistake)));

        assertEquals(Set.of(Field.MISTAKE), refused.problems().keySet());
        assertTrue(refused.problems().get(Field.MISTAKE).contains("invisible control character"));
        assertEquals(0, planner.count(JournalSection.UPCOMING));
    }

    @Test
    void controlCharactersThatCountAsSpaceAtTheEndsAreTrimmedLikeSpace() {
        Exposure saved = planner.plan(PlanInput.of("\u001F\u000BSend it\u000C"));

        assertEquals("Send it", saved.plan().mistake());
    }

    /** Were saved, and then the journal's export could not be imported again. */
    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "+999999999-12-31", "+10000-01-01", "0999-12-31"})
    void aDayOutsideTheYearsAJournalKeepsIsRefused(String day) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> planner.plan(plan("Arrive on time", day, null, null)));

        assertEquals(Set.of(Field.DATE), refused.problems().keySet());
        assertTrue(refused.problems().get(Field.DATE).contains("1000 to 9999"));
    }

    @Test
    void theFirstAndLastDaysAJournalKeepsAreSavedAndExportedAndImportedAgain() {
        planner.plan(plan("Arrive on time", "1000-01-01", null, null));
        planner.plan(plan("Arrive late", "9999-12-31", null, null));
        Path export = folder.resolve("export.json");
        session.export().export(ExportFormat.JSON, null, export, Progress.NONE);

        try (JournalSession other = JournalSession.open(folder.resolve("other.db"),
                new DayClock("2026-11-24T09:00:00Z"))) {
            other.importer().apply(other.importer().prepare(export, Progress.NONE), Progress.NONE);
            assertEquals(Set.of(LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31)),
                    Set.copyOf(other.planner().list(JournalSection.UPCOMING, 0, 10).stream()
                            .map(e -> e.plan().date()).toList()));
        }
    }

    /** "Feb 30, 2026" was saved as the 28th: a day the person did not write. */
    @Test
    void aDayThatDoesNotExistIsRefusedHoweverItIsWritten() {
        String written = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .format(LocalDate.of(2026, 2, 28)).replace("28", "30");

        for (String day : List.of(written, "2026-02-30")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> planner.plan(plan("Arrive on time", day, null, null)), day);
            assertEquals(Set.of(Field.DATE), refused.problems().keySet(), day);
        }
    }

    /** "24:00" was saved as 00:00, the start of the planned day rather than its end. */
    @Test
    void twentyFourOClockIsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> planner.plan(plan("Arrive on time", "2026-11-24", "24:00", null)));

        assertEquals(Set.of(Field.TIME), refused.problems().keySet());
    }

    /** Moving by a huge number wrapped round and put the rung first instead of last. */
    @Test
    void aRungMovedByAHugeNumberStopsAtTheEndOfTheLadder() {
        LadderPlanner ladders = session.ladders();
        Ladder ladder = ladders.create(new LadderInput("Speaking up", null, null));
        Exposure easy = planner.plan(rung("Easy", "10", ladder));
        Exposure middle = planner.plan(rung("Middle", "50", ladder));
        planner.plan(rung("Hard", "90", ladder));

        LadderOverview down = ladders.move(ladder.id(), middle.seriesId(), Integer.MAX_VALUE);
        assertEquals(List.of("Easy", "Hard", "Middle"), down.rungs().stream().map(Rung::mistake).toList());

        LadderOverview up = ladders.move(ladder.id(), easy.seriesId(), Integer.MIN_VALUE);
        assertEquals(List.of("Easy", "Hard", "Middle"), up.rungs().stream().map(Rung::mistake).toList());
        LadderOverview last = ladders.move(ladder.id(), easy.seriesId(), Integer.MAX_VALUE - 1);
        assertEquals(List.of("Hard", "Middle", "Easy"), last.rungs().stream().map(Rung::mistake).toList());
    }

    private static PlanInput plan(String mistake, String day, String time, String copingPlan) {
        return new PlanInput(mistake, null, null, day, time, null, null, null, null, null,
                copingPlan, null, null);
    }

    private static PlanInput rung(String mistake, String expectedDistress, Ladder ladder) {
        return new PlanInput(mistake, null, null, null, null, null, null, null, expectedDistress,
                null, null, null, ladder.id());
    }
}
