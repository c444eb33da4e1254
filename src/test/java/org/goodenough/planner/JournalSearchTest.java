package org.goodenough.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.goodenough.DayClock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.goodenough.domain.Category;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureFilter;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Stakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full-text search on a real journal: what it finds, and that it stays in step with every change. */
class JournalSearchTest {

    @TempDir
    Path folder;
    private DayClock clock;
    private JournalSession session;
    private ExposurePlanner planner;
    private JournalSearch search;

    @BeforeEach
    void open() {
        clock = new DayClock("2026-11-01T09:00:00Z");
        session = JournalSession.open(folder.resolve("journal.db"), clock);
        planner = session.planner();
        search = session.search();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<String> mistakesFound(String words) {
        return mistakesFound(ExposureFilter.any().withWords(words));
    }

    private List<String> mistakesFound(ExposureFilter filter) {
        return search.find(filter, 50).found().stream()
                .map(found -> found.mistake().plain()).toList();
    }

    private static PlanInput plan(String mistake, Category category, Stakes stakes, String date,
                                  Long ladderId) {
        return new PlanInput(mistake, category, stakes, date, null, "At the bakery",
                "They laugh at me", "60", "50", "Rehearsing", "Breathe out slowly",
                "Good enough is good enough", ladderId);
    }

    private Exposure doneAndReflected(Exposure exposure, String learned) {
        planner.markDone(exposure.id(), new DistressInput(null, "40", null));
        return planner.reflect(exposure.id(), new ReflectionInput("Nothing much", Outcome.NO,
                "Jittery", null, "Quicker than I thought", learned, "20"));
    }

    @Test
    void aWordFromAReflectionIsFoundByItsStartInAnyCaseWithOrWithoutAccents() {
        Exposure coffee = planner.plan(plan("Order the wrong coffee", null, null, null, null));
        doneAndReflected(coffee, "Zoë at the café barely noticed; mistakes are survivable");
        planner.plan(plan("Leave the bed unmade", null, null, null, null));

        for (String typed : List.of("survivable", "SURVIV", "cafe", "Café", "zoe", "zoë notic",
                "  mistakes,  survivable! ")) {
            assertEquals(List.of("Order the wrong coffee"), mistakesFound(typed), typed);
        }
        SearchResults.Found found = search.find(ExposureFilter.any().withWords("surviv"), 10)
                .found().get(0);
        assertEquals("What I learned", found.where());
        assertEquals(List.of("survivable"), found.snippet().marked());
        assertTrue(found.snippet().plain().contains("mistakes are survivable"));
        assertNull(search.find(ExposureFilter.any().withWords("wrong"), 10).found().get(0).where(),
                "only the mistake matched, so no other text is shown");
        assertEquals(List.of("wrong"), search.find(ExposureFilter.any().withWords("wro"), 10)
                .found().get(0).mistake().marked());

        assertEquals(List.of(), mistakesFound("survivable elephant"), "every word must match");
        assertEquals(2, mistakesFound("bakery").size(), "the place is searched too");
    }

    @Test
    void theWordsFoundAreMarkedAsTheIndexMatchedThemAndALongTextIsCutAroundThem() {
        Exposure cafe = planner.plan(plan("Send Zoë the CAFÉ menu with a typo", null, null, null, null));
        String longLesson = "At first I was sure everyone would notice and think less of me, and "
                + "I rehearsed the apology for an hour; then Zoë wrote back about lunch and "
                + "said nothing at all about the menu, so the fear was far bigger than the mistake.";
        doneAndReflected(cafe, longLesson);

        SearchResults.Found found = search.find(ExposureFilter.any().withWords("zoe caf"), 10)
                .found().get(0);
        assertEquals(List.of("Zoë", "CAFÉ"), found.mistake().marked(),
                "every typed word, as the start of a word, in any case and with its accents");
        assertEquals("Send Zoë the CAFÉ menu with a typo", found.mistake().plain());
        assertEquals("What I learned", found.where());
        assertEquals(List.of("Zoë"), found.snippet().marked());
        String snippet = found.snippet().plain();
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertTrue(snippet.contains("then Zoë wrote back"), snippet);
        assertTrue(longLesson.contains(snippet.substring(1, snippet.length() - 1)),
                "a snippet is the text itself, cut at words: " + snippet);

        SearchResults.Found notAWordInside = search.find(ExposureFilter.any().withWords("enu"), 10)
                .found().stream().filter(hit -> hit.exposure().id() == cafe.id()).findFirst()
                .orElse(null);
        assertNull(notAWordInside, "a word is found by its start, not by letters inside it");
    }

    @Test
    void theIndexStaysInStepThroughEveryEditAndDelete() {
        Exposure jam = planner.plan(plan("Bring marmalade with a torn label", null, null, null, null));
        assertEquals(1, mistakesFound("marmalade").size());

        planner.markDone(jam.id(), new DistressInput(null, "30", null));
        planner.reflect(jam.id(), new ReflectionInput(null, Outcome.NO, null, null, null,
                "A pelican could not have cared less", null));
        assertEquals(1, mistakesFound("pelican").size());
        assertEquals(1, mistakesFound("marmalade").size(), "marking done keeps the plan's words");

        planner.edit(jam.id(), plan("Bring apricot jam with a torn label", null, null, null, null));
        assertEquals(0, mistakesFound("marmalade").size(), "the old wording is gone");
        assertEquals(1, mistakesFound("apricot").size());
        assertEquals(1, mistakesFound("pelican").size(), "editing the plan keeps the reflection's words");

        planner.reflect(jam.id(), new ReflectionInput(null, Outcome.NO, null, null, null,
                "A flamingo, then", null));
        assertEquals(0, mistakesFound("pelican").size());
        assertEquals(1, mistakesFound("flamingo").size());

        Exposure again = planner.repeat(jam.id());
        assertEquals(2, mistakesFound("apricot").size(), "the repeat is found on its own");
        planner.delete(planner.askToDelete(jam.id()));
        assertEquals(List.of(again.id()), search.find(ExposureFilter.any().withWords("apricot"), 10)
                .found().stream().map(found -> found.exposure().id()).toList());
        assertEquals(0, mistakesFound("flamingo").size(), "a deleted reflection is not found");
    }

    @Test
    void filtersNarrowTheWordsOrStandAlone() {
        Ladder ladder = session.ladders().create(new LadderInput("Speaking up", null, null));
        Exposure late = planner.plan(plan("Arrive late to the bakery", Category.TIME_AND_PUNCTUALITY,
                Stakes.MEDIUM, "2026-11-05", null));
        Exposure question = planner.plan(plan("Ask an obvious question at the bakery",
                Category.SOCIAL, Stakes.LOW, "2026-11-20", ladder.id()));
        planner.plan(plan("Wear odd socks to the bakery", Category.APPEARANCE, Stakes.LOW, null, null));
        clock.set("2026-11-10T10:00:00Z");
        doneAndReflected(late, "Fine");

        ExposureFilter bakery = ExposureFilter.any().withWords("bakery");
        assertEquals(3, mistakesFound(bakery).size());
        assertEquals(List.of("Arrive late to the bakery"), mistakesFound(
                new ExposureFilter("bakery", ExposureStatus.DONE, null, null, null, null, null)));
        assertEquals(List.of("Ask an obvious question at the bakery"), mistakesFound(
                new ExposureFilter("bakery", null, Category.SOCIAL, null, null, null, null)));
        assertEquals(2, mistakesFound(
                new ExposureFilter("", null, null, Stakes.LOW, null, null, null)).size());
        assertEquals(List.of(question.id()), search.find(
                new ExposureFilter(null, null, null, null, ladder.id(), null, null), 10)
                .found().stream().map(found -> found.exposure().id()).toList());

        // Days: done on the 10th (planned for the 5th), planned for the 20th, written on 1 Nov.
        assertEquals(List.of("Arrive late to the bakery"), mistakesFound(new ExposureFilter(
                "bakery", null, null, null, null, LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 10))));
        assertEquals(List.of("Ask an obvious question at the bakery"), mistakesFound(
                new ExposureFilter("", null, null, null, null, LocalDate.of(2026, 11, 11), null)));
        assertEquals(List.of("Wear odd socks to the bakery"), mistakesFound(new ExposureFilter(
                "", null, null, null, null, null, LocalDate.of(2026, 11, 1))));

        InvalidInputException backwards = assertThrows(InvalidInputException.class, () ->
                search.find(new ExposureFilter("", null, null, null, null,
                        LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 1)), 10));
        assertTrue(backwards.problems().containsKey(Field.PERIOD));
    }

    @Test
    void theFirstResultsComeWithTheTotal() {
        for (int i = 1; i <= 12; i++) {
            planner.plan(PlanInput.of("Small slip number " + i));
        }
        SearchResults results = search.find(ExposureFilter.any().withWords("slip"), 5);
        assertEquals(5, results.found().size());
        assertEquals(12, results.total());
        assertEquals(12, search.find(ExposureFilter.any(), 5).total());
    }

    @Test
    void theTotalCountsEveryMatchBeyondTheNewestRanked() throws Exception {
        // Words alone are ranked among the 1,000 newest matches: every total must still count
        // every match, below, at and beyond that window, and with a filter beside the words.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("journal.db"));
             var insert = connection.prepareStatement("""
                     INSERT INTO exposure (uid, mistake, status, expected_distress, distress_peak,
                                           done_at, planned_date, created_at, updated_at)
                     VALUES (?, ?, ?, 50, 40, ?, ?, ?, ?)
                     """)) {
            connection.setAutoCommit(false);
            for (int i = 0; i < 1_250; i++) {
                String day = LocalDate.of(2023, 1, 1).plusDays(i).toString();
                String at = day + "T10:00:00.000Z";
                boolean planned = i % 5 == 0;
                insert.setString(1, "uid-" + i);
                insert.setString(2, (i % 4 == 0 ? "Spill coffee on slip " : "Small slip ") + i
                        + (i < 999 ? " alder" : "") + (i < 1_000 ? " birch" : "")
                        + (i < 1_001 ? " cedar" : "") + (i < 1_100 ? " dogwood" : "")
                        + (i < 1_101 ? " elm" : ""));
                insert.setString(3, planned ? "PLANNED" : "DONE");
                insert.setString(4, planned ? null : at);
                insert.setString(5, planned ? day : null);
                insert.setString(6, at);
                insert.setString(7, at);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }

        SearchResults slips = search.find(ExposureFilter.any().withWords("slip"), 100);
        assertEquals(100, slips.found().size());
        assertEquals(1_250, slips.total());
        SearchResults spilled = search.find(ExposureFilter.any().withWords("slip coff"), 100);
        assertEquals(100, spilled.found().size());
        assertEquals(313, spilled.total());
        assertEquals(313, search.find(ExposureFilter.any().withWords("coffee"), 400).total());
        Map.of("alder", 999, "birch", 1_000, "cedar", 1_001).forEach((word, matches) ->
                assertEquals(matches.intValue(),
                        search.find(ExposureFilter.any().withWords(word), 100).total(), word));
        SearchResults many = search.find(ExposureFilter.any().withWords("slip"), 1_100);
        assertEquals(1_100, many.found().size(), "asking for more than are ranked gets them");
        assertEquals(1_250, many.total());
        // With more asked for than 1,000, that many are ranked, and counted up to that many.
        SearchResults dogwood = search.find(ExposureFilter.any().withWords("dogwood"), 1_100);
        assertEquals(1_100, dogwood.found().size());
        assertEquals(1_100, dogwood.total());
        SearchResults elm = search.find(ExposureFilter.any().withWords("elm"), 1_100);
        assertEquals(1_100, elm.found().size());
        assertEquals(1_101, elm.total());
        SearchResults done = search.find(new ExposureFilter("slip", ExposureStatus.DONE, null, null,
                null, null, null), 100);
        assertEquals(1_000, done.total());
        assertTrue(done.found().stream().allMatch(hit -> hit.exposure().status() == ExposureStatus.DONE));
        assertEquals(63, search.find(new ExposureFilter("coffee", ExposureStatus.PLANNED, null, null,
                null, null, null), 100).total());
    }

    @Test
    void nothingTypedIsReadAsQuerySyntax() {
        planner.plan(PlanInput.of("Say “I don't know” in a meeting; OR leave early"));
        for (String typed : List.of("\"", "don't", "OR", "NEAR(", "mistake:*", "-", "*", "^know",
                "'; DROP TABLE exposure; --", "\u0000\u0002", "know\"", "((((")) {
            search.find(ExposureFilter.any().withWords(typed), 10);
        }
        assertEquals(1, mistakesFound("don't").size());
        assertEquals(1, mistakesFound("OR").size(), "a word like OR is just a word");
        assertEquals(1, mistakesFound("***").size(), "no word at all finds everything");
        assertEquals(1, planner.count(org.goodenough.domain.JournalSection.UPCOMING));
    }

    @Test
    void aJournalFromVersionTwoGetsItsIndexBuilt() throws Exception {
        Path old = folder.resolve("old.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + old);
             Statement statement = connection.createStatement()) {
            for (int version = 1; version <= 2; version++) {
                statement.executeUpdate(new String(getClass().getResourceAsStream(
                        "/org/goodenough/store/migrations/" + version + ".sql").readAllBytes()));
            }
            statement.executeUpdate("PRAGMA user_version = 2");
            statement.executeUpdate("""
                    INSERT INTO exposure (id, uid, mistake, status, done_at, created_at, updated_at)
                    VALUES (7, 'u7', 'Hand in the essay a day early', 'DONE',
                            '2026-10-01T10:00:00.000Z', '2026-09-30T10:00:00.000Z',
                            '2026-10-01T10:00:00.000Z')
                    """);
            statement.executeUpdate("""
                    INSERT INTO reflection (exposure_id, learned, reflected_at)
                    VALUES (7, 'Early is allowed to be imperfect', '2026-10-01T11:00:00.000Z')
                    """);
        }
        try (JournalSession migrated = JournalSession.open(old, clock)) {
            assertEquals(List.of(7L), migrated.search().find(
                    ExposureFilter.any().withWords("imperfect essay"), 10).found().stream()
                    .map(found -> found.exposure().id()).toList());
        }
    }

    @Test
    void aDeletedExposureLeavesNoWordOfItInTheFile() throws Exception {
        Exposure kept = planner.plan(PlanInput.of("Keep this plan about quokkas"));
        Exposure gone = planner.plan(PlanInput.of("Forget the zanzibarian marmoset"));
        planner.markDone(gone.id(), new DistressInput(null, null, null));
        planner.reflect(gone.id(), new ReflectionInput(null, Outcome.NO, null, null, null,
                "Ultramarine pelicans", null));
        planner.delete(planner.askToDelete(gone.id()));
        session.close();
        byte[] file = java.nio.file.Files.readAllBytes(folder.resolve("journal.db"));
        String bytes = new String(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(bytes.contains("quokkas"), "the kept plan is there");
        for (String word : List.of("zanzibarian", "marmoset", "Ultramarine", "pelicans")) {
            assertTrue(!bytes.contains(word), word + " is gone from the file");
        }
        session = JournalSession.open(folder.resolve("journal.db"), clock);
        assertEquals(List.of(kept.id()), session.search().find(ExposureFilter.any(), 10).found()
                .stream().map(found -> found.exposure().id()).toList());
    }
}
