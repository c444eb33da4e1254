package org.goodenough.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.goodenough.domain.BeliefRating;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Rung;
import org.goodenough.domain.Stakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LadderPlannerTest {

    @TempDir
    Path folder;
    private final MovingClock clock = new MovingClock();
    private JournalSession session;
    private ExposurePlanner planner;
    private LadderPlanner ladders;

    @BeforeEach
    void open() {
        reopen();
    }

    private void reopen() {
        if (session != null) {
            session.close();
        }
        session = JournalSession.open(folder.resolve("journal.db"), clock);
        planner = session.planner();
        ladders = session.ladders();
    }

    @AfterEach
    void close() {
        session.close();
    }

    static PlanInput plan(String mistake, Stakes stakes, String expected, Long ladderId) {
        return new PlanInput(mistake, null, stakes, null, null, null, "They judge me", "60",
                expected, null, null, null, ladderId);
    }

    private Ladder ladder() {
        return ladders.create(new LadderInput("Visible mistakes", "People will think I am careless", "80"));
    }

    private List<String> mistakes(long ladderId) {
        return ladders.rungs(ladderId).stream().map(Rung::mistake).toList();
    }

    @Test
    void rungsAreOrderedByExpectedDistressUnratedLast() {
        Ladder ladder = ladder();
        planner.plan(plan("Hard", Stakes.HIGH, "80", ladder.id()));
        planner.plan(plan("Unrated", null, null, ladder.id()));
        planner.plan(plan("Easy", Stakes.LOW, "20", ladder.id()));
        planner.plan(plan("Middle", Stakes.MEDIUM, "45", ladder.id()));
        planner.plan(plan("Elsewhere", Stakes.LOW, "10", null));
        assertEquals(List.of("Easy", "Middle", "Hard", "Unrated"), mistakes(ladder.id()));
    }

    @Test
    void theOrderCanBeChangedByHandAndIsKept() {
        Ladder ladder = ladder();
        planner.plan(plan("Easy", Stakes.LOW, "20", ladder.id()));
        Exposure middle = planner.plan(plan("Middle", Stakes.MEDIUM, "45", ladder.id()));
        planner.plan(plan("Hard", Stakes.HIGH, "80", ladder.id()));

        LadderOverview moved = ladders.move(ladder.id(), middle.seriesId(), -1);
        assertTrue(moved.ladder().orderedByHand());
        assertEquals(List.of("Middle", "Easy", "Hard"), moved.rungs().stream().map(Rung::mistake).toList());
        ladders.move(ladder.id(), middle.seriesId(), -1);
        assertEquals(List.of("Middle", "Easy", "Hard"), mistakes(ladder.id()), "the top stays the top");

        planner.plan(plan("Added later", Stakes.LOW, "5", ladder.id()));
        planner.plan(plan("Hardest, added later", Stakes.HIGH, "95", ladder.id()));
        planner.plan(plan("Unrated, added later", Stakes.LOW, null, ladder.id()));
        reopen();
        assertEquals(List.of("Added later", "Middle", "Easy", "Hard", "Hardest, added later",
                "Unrated, added later"), mistakes(ladder.id()), "a rung added later goes before the"
                + " first harder one, and the order survives reopening");

        LadderOverview sorted = ladders.orderByDistress(ladder.id());
        assertFalse(sorted.ladder().orderedByHand());
        assertEquals(List.of("Added later", "Easy", "Middle", "Hard", "Hardest, added later",
                "Unrated, added later"), mistakes(ladder.id()));
    }

    @Test
    void aRungKeepsItsPlaceWhenItsFirstExposureIsDeleted() {
        Ladder ladder = ladder();
        Exposure easy = planner.plan(plan("Easy", Stakes.LOW, "20", ladder.id()));
        planner.markDone(easy.id(), new DistressInput(null, null, null));
        Exposure again = planner.repeat(easy.id());
        planner.plan(plan("Middle", Stakes.MEDIUM, "45", ladder.id()));
        Exposure hard = planner.plan(plan("Hard", Stakes.HIGH, "80", ladder.id()));
        ladders.move(ladder.id(), hard.seriesId(), -2);
        assertEquals(List.of("Hard", "Easy", "Middle"), mistakes(ladder.id()));

        planner.delete(planner.askToDelete(easy.id()));
        assertEquals(List.of("Hard", "Easy", "Middle"), mistakes(ladder.id()),
                "the repeat that is now first keeps the rung's place");
        assertEquals(again.id(), ladders.rungs(ladder.id()).get(1).seriesId());
    }

    @Test
    void theBeliefIsReRatedOverTimeAndItsHistoryKept() {
        Ladder ladder = ladder();
        assertThrows(InvalidInputException.class, () -> ladders.rateBelief(ladder.id(), ""));
        assertThrows(InvalidInputException.class, () -> ladders.rateBelief(ladder.id(), "101"));
        ladders.rateBelief(ladder.id(), "65");
        ladders.edit(ladder.id(), new LadderInput("Visible mistakes at work", "People will think I"
                + " am careless", "65"));
        ladders.edit(ladder.id(), new LadderInput("Visible mistakes at work", "People will think I"
                + " am careless", "50 %"));
        reopen();

        LadderOverview overview = ladders.overview(ladder.id());
        assertEquals(List.of(80, 65, 50), overview.history().stream()
                .map(rating -> rating.strength().value()).toList(), "an unchanged edit adds nothing");
        List<Instant> times = overview.history().stream().map(BeliefRating::ratedAt).toList();
        assertTrue(times.get(0).isBefore(times.get(1)) && times.get(1).isBefore(times.get(2)));
        assertEquals(50, overview.ladder().beliefStrength().value());
        assertEquals("Visible mistakes at work", overview.ladder().name());
    }

    @Test
    void aRungCountsItsRepeatsAndShowsTheLatestDistressAndLikelihood() {
        Ladder ladder = ladder();
        Exposure first = planner.plan(plan("Typo in the update", Stakes.LOW, "50", ladder.id()));
        planner.markDone(first.id(), new DistressInput("30", "60", "10"));
        planner.reflect(first.id(), new ReflectionInput(null, Outcome.NO, null, null, null, null, "40"));
        Exposure again = planner.repeat(first.id());
        assertEquals(ladder.id(), again.plan().ladderId(), "a repeat stays on the ladder");
        planner.markDone(again.id(), new DistressInput(null, "45", null));
        planner.reflect(again.id(), new ReflectionInput(null, Outcome.NO, null, null, null, null, "25"));
        planner.repeat(again.id());
        reopen();

        List<Rung> rungs = ladders.rungs(ladder.id());
        assertEquals(1, rungs.size(), "repeats form one rung");
        Rung rung = rungs.get(0);
        assertEquals(3, rung.series().size());
        assertEquals(2, rung.timesDone());
        assertEquals(45, rung.latestPeak().value());
        assertEquals(25, rung.latestLikelihood().value(), "the third plan starts from the re-rating");
        assertEquals(List.of(Outcome.NO, Outcome.NO), rung.outcomes());
        List<Exposure> series = planner.series(again.id());
        assertEquals(List.of(first.id(), again.id()), series.subList(0, 2).stream().map(Exposure::id).toList());
        assertEquals(60, series.get(0).distress().peak().value());
        assertEquals(40, series.get(0).reflection().likelihoodAfter().value());
        assertEquals(40, series.get(1).plan().likelihood().value(), "likelihood before, from the last re-rating");
    }

    @Test
    void existingExposuresJoinWithTheirRepeatsAndCanBeTakenOff() {
        Ladder ladder = ladder();
        Exposure alone = planner.plan(plan("Alone", Stakes.LOW, "20", null));
        planner.markDone(alone.id(), new DistressInput(null, null, null));
        Exposure repeat = planner.repeat(alone.id());
        assertEquals(List.of(alone.id()), ladders.standingAlone().stream().map(Exposure::id).toList(),
                "a series is offered once, by its first exposure");

        ladders.add(ladder.id(), repeat.id());
        assertEquals(ladder.id(), planner.find(alone.id()).orElseThrow().plan().ladderId());
        assertEquals(ladder.id(), planner.find(repeat.id()).orElseThrow().plan().ladderId());
        assertTrue(ladders.standingAlone().isEmpty());

        ladders.takeOff(ladder.id(), alone.seriesId());
        assertTrue(ladders.rungs(ladder.id()).isEmpty());
        assertNull(planner.find(repeat.id()).orElseThrow().plan().ladderId());
    }

    @Test
    void movingAPlanToAnotherLadderMovesItsSeries() {
        Ladder first = ladder();
        Ladder second = ladders.create(new LadderInput("Speaking up", null, null));
        Exposure exposure = planner.plan(plan("Ask a question", Stakes.LOW, "30", first.id()));
        planner.markDone(exposure.id(), new DistressInput(null, null, null));
        Exposure again = planner.repeat(exposure.id());
        planner.edit(again.id(), plan("Ask a question", Stakes.LOW, "30", second.id()));
        assertTrue(ladders.rungs(first.id()).isEmpty());
        assertEquals(2, ladders.rungs(second.id()).get(0).series().size());
    }

    @Test
    void laddersAreListedByNameWithNumbersByValueInTheAppsLanguage() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        try {
            for (String name : List.of("Leiter 10", "Zeugnisse", "leiter 2", "Ängste", "Leiter 1")) {
                ladders.create(new LadderInput(name, null, null));
            }
            assertEquals(List.of("Ängste", "Leiter 1", "leiter 2", "Leiter 10", "Zeugnisse"),
                    ladders.all().stream().map(Ladder::name).toList());
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    @Test
    void deletingALadderKeepsItsExposures() {
        Ladder ladder = ladder();
        Exposure rung = planner.plan(plan("Typo", Stakes.LOW, "30", ladder.id()));
        ladders.delete(ladder.id());
        assertTrue(ladders.all().isEmpty());
        assertNull(planner.find(rung.id()).orElseThrow().plan().ladderId());
    }

    @Test
    void aJournalFromVersionOneKeepsItsBeliefAsTheFirstRating() throws Exception {
        Path old = folder.resolve("old.db");
        String script = new String(getClass().getResourceAsStream(
                "/org/goodenough/store/migrations/1.sql").readAllBytes());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + old);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(script);
            statement.executeUpdate("PRAGMA user_version = 1");
            statement.executeUpdate("INSERT INTO ladder (uid, name, belief_strength, created_at,"
                    + " updated_at) VALUES ('u1', 'Old ladder', 70, '2026-01-02T03:04:05.000Z',"
                    + " '2026-01-02T03:04:05.000Z')");
        }
        try (JournalSession migrated = JournalSession.open(old, clock)) {
            Ladder ladder = migrated.ladders().all().get(0);
            assertEquals(List.of(new BeliefRating(ladder.beliefStrength(),
                    Instant.parse("2026-01-02T03:04:05Z"))), migrated.ladders().overview(ladder.id()).history());
            assertFalse(ladder.orderedByHand());
        }
    }

    /** A clock that moves a minute each time it is read, so every change has its own time. */
    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-11-01T09:00:00Z");

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofMinutes(1));
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
