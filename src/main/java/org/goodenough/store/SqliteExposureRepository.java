package org.goodenough.store;

import static org.goodenough.store.Columns.id;
import static org.goodenough.store.Columns.instant;
import static org.goodenough.store.Columns.number;
import static org.goodenough.store.Columns.text;
import static org.goodenough.store.Columns.value;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Reflection;
import org.goodenough.domain.Stakes;

/** Exposures and reflections in the journal's SQLite file. */
public final class SqliteExposureRepository implements ExposureRepository {

    private final Database database;

    public SqliteExposureRepository(Database database) {
        this.database = database;
    }

    @Override
    public Exposure add(Plan plan, Long repeatOf, Instant now) {
        return database.write("Good Enough could not save the plan", connection -> {
            // One INSERT with the whole plan: the search index's trigger then writes the new
            // row's texts once, where an INSERT and an UPDATE would write, drop and write them.
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO exposure (uid, repeat_of, created_at, updated_at, mistake, category,
                                          stakes, planned_date, planned_time, place, feared_outcome,
                                          likelihood, expected_distress, safety_behaviour,
                                          coping_plan, self_compassion, ladder_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, PreparedStatement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, UUID.randomUUID().toString());
                id(insert, 2, repeatOf);
                instant(insert, 3, now);
                instant(insert, 4, now);
                bindPlan(insert, 5, plan);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            return load(connection, id);
        });
    }

    @Override
    public Exposure updatePlan(long id, Plan plan, Instant now) {
        return database.write("Good Enough could not save the changes to the plan", connection -> {
            Exposure before = load(connection, id);
            writePlan(connection, id, plan, now);
            if (!Objects.equals(before.plan().ladderId(), plan.ladderId())) {
                // A series is one rung: it moves to the other ladder as a whole.
                try (PreparedStatement move = connection.prepareStatement("""
                        UPDATE exposure SET ladder_id = ?, rung_position = NULL, updated_at = ?
                         WHERE (id = ? OR repeat_of = ?) AND id <> ?
                        """)) {
                    id(move, 1, plan.ladderId());
                    instant(move, 2, now);
                    move.setLong(3, before.seriesId());
                    move.setLong(4, before.seriesId());
                    move.setLong(5, id);
                    move.executeUpdate();
                }
            }
            return load(connection, id);
        });
    }

    private static void writePlan(Connection connection, long id, Plan plan, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE exposure
                   SET mistake = ?, category = ?, stakes = ?, planned_date = ?, planned_time = ?,
                       place = ?, feared_outcome = ?, likelihood = ?, expected_distress = ?,
                       safety_behaviour = ?, coping_plan = ?, self_compassion = ?, ladder_id = ?,
                       rung_position = CASE WHEN ladder_id IS ? THEN rung_position END,
                       updated_at = ?
                 WHERE id = ?
                """)) {
            bindPlan(update, 1, plan);
            // A rung keeps its place on its ladder, and loses it when moved to another.
            id(update, 14, plan.ladderId());
            instant(update, 15, now);
            update.setLong(16, id);
            requireOne(update.executeUpdate(), id);
        }
    }

    /** Binds the plan's thirteen columns, mistake to ladder, from parameter {@code first} on. */
    private static void bindPlan(PreparedStatement statement, int first, Plan plan)
            throws SQLException {
        statement.setString(first, plan.mistake());
        text(statement, first + 1, plan.category());
        text(statement, first + 2, plan.stakes());
        text(statement, first + 3, plan.date());
        text(statement, first + 4, plan.time());
        text(statement, first + 5, plan.place());
        text(statement, first + 6, plan.fearedOutcome());
        number(statement, first + 7, value(plan.likelihood()));
        number(statement, first + 8, value(plan.expectedDistress()));
        text(statement, first + 9, plan.safetyBehaviour());
        text(statement, first + 10, plan.copingPlan());
        text(statement, first + 11, plan.selfCompassion());
        id(statement, first + 12, plan.ladderId());
    }

    @Override
    public Exposure updateDoing(long id, ExposureStatus status, Instant doneAt, Distress distress,
            Instant now) {
        return database.write("Good Enough could not save how it went", connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE exposure
                       SET status = ?, done_at = ?, distress_before = ?, distress_peak = ?,
                           distress_after = ?, updated_at = ?
                     WHERE id = ?
                    """)) {
                text(update, 1, status);
                instant(update, 2, doneAt);
                number(update, 3, value(distress.before()));
                number(update, 4, value(distress.peak()));
                number(update, 5, value(distress.after()));
                instant(update, 6, now);
                update.setLong(7, id);
                requireOne(update.executeUpdate(), id);
            }
            return load(connection, id);
        });
    }

    @Override
    public Exposure saveReflection(long id, Reflection reflection, Instant now) {
        return database.write("Good Enough could not save the reflection", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO reflection (exposure_id, what_happened, outcome, felt, worse, better,
                                            learned, likelihood_after, reflected_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (exposure_id) DO UPDATE SET
                        what_happened = excluded.what_happened, outcome = excluded.outcome,
                        felt = excluded.felt, worse = excluded.worse, better = excluded.better,
                        learned = excluded.learned, likelihood_after = excluded.likelihood_after,
                        reflected_at = excluded.reflected_at
                    """)) {
                upsert.setLong(1, id);
                text(upsert, 2, reflection.whatHappened());
                text(upsert, 3, reflection.outcome());
                text(upsert, 4, reflection.felt());
                text(upsert, 5, reflection.worse());
                text(upsert, 6, reflection.better());
                text(upsert, 7, reflection.learned());
                number(upsert, 8, value(reflection.likelihoodAfter()));
                instant(upsert, 9, reflection.reflectedAt());
                upsert.executeUpdate();
            }
            try (PreparedStatement touch = connection.prepareStatement(
                    "UPDATE exposure SET updated_at = ? WHERE id = ?")) {
                instant(touch, 1, now);
                touch.setLong(2, id);
                requireOne(touch.executeUpdate(), id);
            }
            return load(connection, id);
        });
    }

    @Override
    public Optional<Exposure> find(long id) {
        return database.read("Good Enough could not read the exposure",
                connection -> Optional.ofNullable(loadOrNull(connection, id)));
    }

    @Override
    public List<Exposure> list(JournalSection section, int offset, int limit) {
        String order = switch (section) {
            case UPCOMING -> "e.planned_date IS NULL, e.planned_date, e.planned_time IS NULL,"
                    + " e.planned_time, e.id";
            case DONE -> "e.done_at DESC, e.id DESC";
            case NOT_NOW -> "e.updated_at DESC, e.id DESC";
        };
        // The page's ids are chosen first, read in order off the list's own index (migration 5,
        // which holds exactly this WHERE and ORDER BY), so a page costs the same however long
        // the list is; the full rows and reflections are read for those ids alone.
        String ids = "SELECT e.id FROM exposure e INDEXED BY " + switch (section) {
            case UPCOMING -> "exposure_upcoming WHERE e.status = 'PLANNED'";
            case DONE -> "exposure_by_done_at WHERE e.status = 'DONE'";
            case NOT_NOW -> "exposure_not_now WHERE e.status IN ('NOT_NOW', 'LET_GO')";
        };
        String sql = ExposureRows.SELECT + " WHERE e.id IN (" + ids + " ORDER BY " + order
                + " LIMIT ? OFFSET ?) ORDER BY " + order;
        return database.read("Good Enough could not read the journal", connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setInt(1, limit);
                query.setInt(2, offset);
                return ExposureRows.readAll(query);
            }
        });
    }

    @Override
    public int count(JournalSection section) {
        String sql = "SELECT count(*) FROM exposure WHERE status IN (" + placeholders(section) + ")";
        return database.read("Good Enough could not read the journal", connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                bindStatuses(query, section);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    @Override
    public List<Exposure> waitingOn(LocalDate day, int limit) {
        return database.read("Good Enough could not read today's plans", connection -> {
            try (PreparedStatement query = connection.prepareStatement(ExposureRows.SELECT
                    + " WHERE e.status = 'PLANNED' AND e.planned_date <= ?"
                    + " ORDER BY e.planned_date, e.planned_time IS NULL, e.planned_time, e.id"
                    + " LIMIT ?")) {
                text(query, 1, day);
                query.setInt(2, limit);
                return ExposureRows.readAll(query);
            }
        });
    }

    @Override
    public List<Exposure> timedFrom(LocalDateTime from, int limit) {
        // Days and times are ISO text (2026-11-23, 14:30), so they compare as they sort.
        return database.read("Good Enough could not read the plans to remind of", connection -> {
            try (PreparedStatement query = connection.prepareStatement(ExposureRows.SELECT
                    + " WHERE e.status = 'PLANNED' AND e.planned_time IS NOT NULL"
                    + " AND (e.planned_date > ?1 OR (e.planned_date = ?1 AND e.planned_time >= ?2))"
                    + " ORDER BY e.planned_date, e.planned_time, e.id LIMIT ?3")) {
                text(query, 1, from.toLocalDate());
                text(query, 2, from.toLocalTime());
                query.setInt(3, limit);
                return ExposureRows.readAll(query);
            }
        });
    }

    private static String placeholders(JournalSection section) {
        return String.join(", ", section.statuses().stream().map(s -> "?").toList());
    }

    /** Binds the section's statuses to the first parameters; returns the next free index. */
    private static int bindStatuses(PreparedStatement query, JournalSection section)
            throws SQLException {
        int index = 1;
        for (ExposureStatus status : section.statuses()) {
            text(query, index++, status);
        }
        return index;
    }

    @Override
    public List<Exposure> series(long seriesId) {
        return database.read("Good Enough could not read the repeats", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    ExposureRows.SELECT
                            + " WHERE e.id = ? OR e.repeat_of = ? ORDER BY e.created_at, e.id")) {
                query.setLong(1, seriesId);
                query.setLong(2, seriesId);
                return ExposureRows.readAll(query);
            }
        });
    }

    @Override
    public List<Exposure> onLadder(long ladderId) {
        return database.read("Good Enough could not read the ladder", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    ExposureRows.SELECT + " WHERE e.ladder_id = ? ORDER BY e.created_at, e.id")) {
                query.setLong(1, ladderId);
                return ExposureRows.readAll(query);
            }
        });
    }

    @Override
    public List<Exposure> withoutLadder(int limit) {
        return database.read("Good Enough could not read the journal", connection -> {
            try (PreparedStatement query = connection.prepareStatement(ExposureRows.SELECT
                    + " WHERE e.ladder_id IS NULL AND e.repeat_of IS NULL"
                    + " ORDER BY e.created_at DESC, e.id DESC LIMIT ?")) {
                query.setInt(1, limit);
                return ExposureRows.readAll(query);
            }
        });
    }

    @Override
    public void placeOnLadder(long seriesId, Long ladderId, Instant now) {
        database.write("Good Enough could not add it to the ladder", connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE exposure SET ladder_id = ?, rung_position = NULL, updated_at = ?
                     WHERE id = ? OR repeat_of = ?
                    """)) {
                id(update, 1, ladderId);
                instant(update, 2, now);
                update.setLong(3, seriesId);
                update.setLong(4, seriesId);
                if (update.executeUpdate() == 0) {
                    throw new StoreException(Reason.of("noLonger.exposure"),
                        "That exposure is no longer in the journal.");
                }
            }
            return null;
        });
    }

    @Override
    public boolean anyDone(java.util.Set<Stakes> stakes) {
        if (stakes.isEmpty()) {
            return false;
        }
        // The done exposures' index by area holds the stakes too; without it SQLite would read
        // every done row when none matches.
        String places = String.join(", ", java.util.Collections.nCopies(stakes.size(), "?"));
        return database.read("Good Enough could not read the journal", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT EXISTS (SELECT 1 FROM exposure INDEXED BY exposure_done_areas"
                            + " WHERE status = 'DONE' AND stakes IN (" + places + "))")) {
                int index = 1;
                for (Stakes each : stakes) {
                    text(query, index++, each);
                }
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getInt(1) == 1;
                }
            }
        });
    }

    @Override
    public boolean delete(long id) {
        return database.write("Good Enough could not delete the exposure", connection -> {
            // If this was the first of a series, the next repeat becomes the first, and keeps
            // the rung's place on its ladder.
            try (PreparedStatement inherit = connection.prepareStatement("""
                    UPDATE exposure
                       SET rung_position = (SELECT gone.rung_position FROM exposure gone
                                             WHERE gone.id = ?1 AND gone.ladder_id IS exposure.ladder_id)
                     WHERE id = (SELECT min(id) FROM exposure WHERE repeat_of = ?1)
                       AND rung_position IS NULL
                    """)) {
                inherit.setLong(1, id);
                inherit.executeUpdate();
            }
            try (PreparedStatement relink = connection.prepareStatement("""
                    WITH heir AS (SELECT min(id) AS id FROM exposure WHERE repeat_of = ?1)
                    UPDATE exposure
                       SET repeat_of = CASE WHEN id = (SELECT id FROM heir) THEN NULL
                                            ELSE (SELECT id FROM heir) END
                     WHERE repeat_of = ?1
                    """)) {
                relink.setLong(1, id);
                relink.executeUpdate();
            }
            boolean deleted;
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM exposure WHERE id = ?")) {
                delete.setLong(1, id);
                deleted = delete.executeUpdate() == 1;
            }
            // The search index keeps a deleted row's words until its segments are merged; they
            // are merged when the journal closes, so the words leave the file (see migration 4).
            SearchScrub.markDue(connection);
            return deleted;
        });
    }

    private static Exposure load(Connection connection, long id) throws SQLException {
        Exposure exposure = loadOrNull(connection, id);
        if (exposure == null) {
            throw new StoreException(Reason.of("noLonger.exposure"),
                        "That exposure is no longer in the journal.");
        }
        return exposure;
    }

    private static Exposure loadOrNull(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                ExposureRows.SELECT + " WHERE e.id = ?")) {
            query.setLong(1, id);
            List<Exposure> found = ExposureRows.readAll(query);
            return found.isEmpty() ? null : found.get(0);
        }
    }

    private static void requireOne(int changed, long id) {
        if (changed != 1) {
            throw new StoreException(Reason.of("noLonger.exposure"),
                        "That exposure is no longer in the journal.");
        }
    }
}
