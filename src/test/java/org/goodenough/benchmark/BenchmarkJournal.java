package org.goodenough.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.goodenough.planner.JournalSession;

/**
 * A made-up journal of any size that looks like years of real use: ladders with belief
 * ratings, exposures planned, done and reflected on, some set aside, many repeated. The words
 * come from the shipped demo journal and idea library, mixed with a seeded random, so search
 * finds common and rare words as it would in a real journal.
 *
 * <p>The journal is made through the real migrations, then filled straight through SQL in one
 * transaction (as {@code LargeJournalTest} does), with the search index kept by its triggers.
 */
final class BenchmarkJournal {

    /** One exposure in this many is still planned; as many again are set aside. */
    private static final int PLANNED_EVERY = 12;
    private static final String[] CATEGORIES = {"WORK_AND_STUDY", "COMMUNICATION", "SOCIAL",
        "HOME_AND_ORDER", "APPEARANCE", "TIME_AND_PUNCTUALITY", "CREATIVE_AND_LEISURE",
        "DECISIONS", "REASSURANCE_AND_PRAISE", "CHECKING_AND_LISTS", "EVERYDAY_PUBLIC_LIFE"};
    private static final String[] STAKES = {"LOW", "MEDIUM", "HIGH"};
    /** As the store writes instants: fixed width, UTC, so they sort as text. */
    private static final java.time.format.DateTimeFormatter INSTANT = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String[] OUTCOMES = {"NO", "NO", "NO", "NO", "PARTLY", "PARTLY", "YES"};

    private final Words words;
    private final Random random;

    private BenchmarkJournal(Words words, long seed) {
        this.words = words;
        this.random = new Random(seed);
    }

    /** Writes a journal of {@code exposures} exposures at {@code file}, its last day {@code today}. */
    static void write(Path file, int exposures, LocalDate today) {
        JournalSession.open(file, Clock.systemUTC()).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            connection.setAutoCommit(false);
            new BenchmarkJournal(Words.shipped(), exposures).fill(connection, exposures, today);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("The benchmark journal could not be written", e);
        }
    }

    /** Words a person would type into search: from the same texts the journal is made of. */
    static List<String> searchWords() {
        return Words.shipped().searchable();
    }

    private void fill(Connection connection, int count, LocalDate today) throws SQLException {
        // About four exposures a week at 1,000; as many as it takes at 100,000 over ten years.
        int days = Math.max(90, Math.min(3650, count * 2));
        Instant start = today.minusDays(days).atStartOfDay().toInstant(ZoneOffset.UTC);
        long stepSeconds = Math.max(1, days * 86_400L / count);
        int ladderCount = Math.max(3, count / 250);
        long[] ladderIds = ladders(connection, ladderCount, start, days);
        try (PreparedStatement exposure = connection.prepareStatement("""
                INSERT INTO exposure (id, uid, ladder_id, repeat_of, mistake, category, stakes,
                    planned_date, planned_time, place, feared_outcome, likelihood, expected_distress,
                    safety_behaviour, coping_plan, self_compassion, status, done_at, distress_before,
                    distress_peak, distress_after, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """);
             PreparedStatement reflection = connection.prepareStatement("""
                INSERT INTO reflection (exposure_id, what_happened, outcome, felt, worse, better,
                    learned, likelihood_after, reflected_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            List<long[]> seriesStarts = new ArrayList<>();
            List<String> seriesTexts = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                Instant created = start.plusSeconds(stepSeconds * (i - 1));
                boolean recent = i > count - count / PLANNED_EVERY;
                String status = recent ? (i % 3 == 0 ? "NOT_NOW" : i % 7 == 0 ? "LET_GO" : "PLANNED")
                        : i % 40 == 0 ? "NOT_NOW" : i % 53 == 0 ? "LET_GO" : "DONE";
                boolean repeat = !seriesStarts.isEmpty() && random.nextInt(3) == 0;
                long[] series = repeat ? seriesStarts.get(random.nextInt(seriesStarts.size())) : null;
                String mistake = repeat ? seriesTexts.get(seriesStarts.indexOf(series)) : words.mistake(random);
                Long ladder = series != null ? (series[1] < 0 ? null : series[1])
                        : random.nextInt(5) < 2 ? ladderIds[random.nextInt(ladderIds.length)] : null;
                LocalDate planned = "PLANNED".equals(status) && random.nextInt(4) == 0 ? null
                        : LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(
                                "PLANNED".equals(status) ? days / 50 + random.nextInt(30) : 1);
                int p = 1;
                exposure.setLong(p++, i);
                exposure.setString(p++, "bench-" + i);
                setLong(exposure, p++, ladder);
                setLong(exposure, p++, series == null ? null : series[0]);
                exposure.setString(p++, mistake);
                exposure.setString(p++, CATEGORIES[random.nextInt(CATEGORIES.length)]);
                exposure.setString(p++, STAKES[random.nextInt(STAKES.length)]);
                exposure.setString(p++, planned == null ? null : planned.toString());
                exposure.setString(p++, random.nextBoolean() ? null
                        : String.format("%02d:%02d", 7 + random.nextInt(14), 15 * random.nextInt(4)));
                exposure.setString(p++, words.pick("place", random));
                exposure.setString(p++, words.pick("feared", random));
                exposure.setInt(p++, 10 * random.nextInt(11));
                int expected = 20 + 5 * random.nextInt(13);
                exposure.setInt(p++, expected);
                exposure.setString(p++, words.pick("safety", random));
                exposure.setString(p++, random.nextInt(3) == 0 ? null : words.pick("coping", random));
                exposure.setString(p++, words.pick("compassion", random));
                exposure.setString(p++, status);
                boolean done = "DONE".equals(status);
                Instant doneAt = done ? created.plus(1, ChronoUnit.DAYS) : null;
                exposure.setString(p++, doneAt == null ? null : instant(doneAt));
                setInt(exposure, p++, done ? expected - 10 + random.nextInt(20) : null);
                setInt(exposure, p++, done ? Math.max(0, expected - 25 + random.nextInt(35)) : null);
                setInt(exposure, p++, done ? 5 + random.nextInt(30) : null);
                exposure.setString(p++, instant(created));
                exposure.setString(p, instant(doneAt != null ? doneAt.plusSeconds(7200) : created));
                exposure.addBatch();
                if (done && random.nextInt(5) != 0) {
                    reflect(reflection, i, doneAt.plusSeconds(7200));
                }
                if (series == null && random.nextInt(4) == 0) {
                    seriesStarts.add(new long[] {i, ladder == null ? -1 : ladder});
                    seriesTexts.add(mistake);
                }
                if (i % 5_000 == 0) {
                    written(exposure, reflection);
                }
            }
            written(exposure, reflection);
        }
    }

    /**
     * Reflections go in before their exposures (foreign keys are off on this connection), so the
     * search index's triggers index each exposure once, with its reflection, not twice.
     */
    private static void written(PreparedStatement exposure, PreparedStatement reflection)
            throws SQLException {
        reflection.executeBatch();
        exposure.executeBatch();
    }

    private void reflect(PreparedStatement reflection, long id, Instant at) throws SQLException {
        int p = 1;
        reflection.setLong(p++, id);
        reflection.setString(p++, words.pick("happened", random));
        reflection.setString(p++, OUTCOMES[random.nextInt(OUTCOMES.length)]);
        reflection.setString(p++, random.nextBoolean() ? words.pick("felt", random) : null);
        reflection.setString(p++, random.nextBoolean() ? words.pick("worse", random) : null);
        reflection.setString(p++, random.nextBoolean() ? words.pick("better", random) : null);
        reflection.setString(p++, random.nextInt(3) == 0 ? null : words.pick("learned", random));
        reflection.setInt(p++, 5 * random.nextInt(15));
        reflection.setString(p, instant(at));
        reflection.addBatch();
    }

    private long[] ladders(Connection connection, int count, Instant start, int days)
            throws SQLException {
        long[] ids = new long[count];
        try (PreparedStatement ladder = connection.prepareStatement("""
                INSERT INTO ladder (id, uid, name, belief, belief_strength, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """);
             PreparedStatement rating = connection.prepareStatement("""
                INSERT INTO belief_rating (ladder_id, strength, rated_at) VALUES (?, ?, ?)
                """)) {
            for (int i = 0; i < count; i++) {
                ids[i] = i + 1;
                Instant made = start.plus((long) days * i / count, ChronoUnit.DAYS);
                int strength = 60 + random.nextInt(35);
                ladder.setLong(1, ids[i]);
                ladder.setString(2, "bench-ladder-" + i);
                ladder.setString(3, words.pick("ladder", random) + (i < 2 ? "" : " (" + (i + 1) + ")"));
                ladder.setString(4, words.pick("belief", random));
                ladder.setInt(5, strength);
                ladder.setString(6, instant(made));
                ladder.setString(7, instant(made));
                ladder.addBatch();
                for (int r = 0; r < 4; r++) {
                    rating.setLong(1, ids[i]);
                    rating.setInt(2, Math.max(5, strength - 10 * r));
                    rating.setString(3, instant(made.plus(20L * r, ChronoUnit.DAYS)));
                    rating.addBatch();
                }
            }
            ladder.executeBatch();
            rating.executeBatch();
        }
        return ids;
    }

    private static String instant(Instant at) {
        return INSTANT.format(at);
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    /** The texts of the shipped demo journal and idea library, by the field they fill. */
    private static final class Words {

        private final java.util.Map<String, List<String>> byField = new java.util.HashMap<>();

        static Words shipped() {
            Words words = new Words();
            JsonNode demo = read("demo-journal.json");
            for (JsonNode ladder : demo.get("ladders")) {
                words.add("ladder", ladder.get("name"));
                words.add("belief", ladder.get("belief"));
            }
            for (JsonNode exposure : demo.get("exposures")) {
                for (String field : List.of("mistake", "place", "feared", "safety", "coping", "compassion")) {
                    words.add(field, exposure.get(field));
                }
                JsonNode said = exposure.get("reflection");
                if (said != null) {
                    for (String field : List.of("happened", "felt", "worse", "better", "learned")) {
                        words.add(field, said.get(field));
                    }
                }
            }
            for (JsonNode idea : read("ideas.json").get("ideas")) {
                words.add("mistake", idea.get("title"));
                words.add("learned", idea.get("tip"));
            }
            return words;
        }

        private static JsonNode read(String resource) {
            try (InputStream json = JournalSession.class.getResourceAsStream(resource)) {
                return new ObjectMapper().readTree(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void add(String field, JsonNode text) {
            if (text != null && text.isTextual() && !text.asText().isBlank()) {
                byField.computeIfAbsent(field, f -> new ArrayList<>()).add(text.asText());
            }
        }

        String pick(String field, Random random) {
            List<String> texts = byField.get(field);
            return texts.get(random.nextInt(texts.size()));
        }

        /** A mistake from the library, told a little differently each time, as people do. */
        String mistake(Random random) {
            String text = pick("mistake", random);
            return random.nextInt(4) == 0 ? text + ", " + pick("place", random).toLowerCase() : text;
        }

        List<String> searchable() {
            java.util.Set<String> found = new java.util.TreeSet<>();
            byField.values().forEach(texts -> texts.forEach(text -> {
                for (String word : text.toLowerCase().split("[^\\p{L}]+")) {
                    if (word.length() >= 3) {
                        found.add(word);
                    }
                }
            }));
            return List.copyOf(found);
        }
    }
}
