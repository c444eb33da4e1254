package org.goodenough.store;

import static org.goodenough.store.Columns.enumValue;
import static org.goodenough.store.Columns.id;
import static org.goodenough.store.Columns.instant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.goodenough.domain.AreaCount;
import org.goodenough.domain.Category;
import org.goodenough.domain.DayTally;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.InsightScope;
import org.goodenough.domain.Learning;
import org.goodenough.domain.RepeatedSeries;
import org.goodenough.domain.Stakes;

/** Figures over done exposures, added up in SQL. */
public final class SqliteInsightRepository implements InsightRepository {

    /** A day's figures. {@code a + b} and {@code a + 0 * b} are NULL unless both are rated. */
    private static final String TALLY = """
                   AS day,
                   count(*) AS done,
                   count(CASE WHEN r.outcome = 'NO' THEN 1 END) AS not_happened,
                   count(CASE WHEN r.outcome = 'PARTLY' THEN 1 END) AS partly,
                   count(CASE WHEN r.outcome = 'YES' THEN 1 END) AS happened,
                   count(e.expected_distress + e.distress_peak) AS distress_pairs,
                   coalesce(sum(e.expected_distress + 0 * e.distress_peak), 0) AS expected_sum,
                   coalesce(sum(e.distress_peak + 0 * e.expected_distress), 0) AS peak_sum,
                   count(CASE WHEN e.distress_peak < e.expected_distress THEN 1 END) AS peak_below,
                   count(CASE WHEN e.distress_peak > e.expected_distress THEN 1 END) AS peak_above,
                   count(e.likelihood + r.likelihood_after) AS likelihood_pairs,
                   coalesce(sum(e.likelihood + 0 * r.likelihood_after), 0) AS before_sum,
                   coalesce(sum(r.likelihood_after + 0 * e.likelihood), 0) AS after_sum
              FROM exposure e INDEXED BY exposure_done_figures
              LEFT JOIN reflection r INDEXED BY reflection_figures ON r.exposure_id = e.id
            """;

    /**
     * Done exposures, read off the index holding every column the figures add up (migration 5),
     * so the figures never read an exposure's row.
     */
    private static final String DONE_FIGURES = " FROM exposure e INDEXED BY exposure_done_figures";

    private final Database database;

    public SqliteInsightRepository(Database database) {
        this.database = database;
    }

    /** Done exposures in the scope; the WHERE clause of every figure. */
    private static SqlQuery doneIn(SqlQuery query, InsightScope scope, ZoneId zone) {
        query.add("WHERE e.status = 'DONE' AND e.done_at >= ? AND e.done_at < ?",
                Days.start(scope.from(), zone), Days.end(scope.to(), zone));
        return narrowed(query, scope);
    }

    private static SqlQuery narrowed(SqlQuery query, InsightScope scope) {
        if (scope.ladderId() != null) {
            query.add("AND e.ladder_id = ?", scope.ladderId());
        }
        if (scope.category() != null) {
            query.add("AND e.category = ?", scope.category());
        }
        return query;
    }

    @Override
    public List<DayTally> dayTallies(InsightScope scope, ZoneId zone) {
        // The first and the last each read one entry of the index; together in one query they
        // would read them all.
        SqlQuery span = new SqlQuery("SELECT (SELECT e.done_at" + DONE_FIGURES);
        doneIn(span, scope, zone).add("ORDER BY e.done_at LIMIT 1), (SELECT e.done_at" + DONE_FIGURES);
        doneIn(span, scope, zone).add("ORDER BY e.done_at DESC LIMIT 1)");
        return database.read("Good Enough could not add up your figures", connection -> {
            Instant first;
            Instant last;
            try (PreparedStatement statement = span.prepare(connection);
                 ResultSet row = statement.executeQuery()) {
                row.next();
                if (row.getString(1) == null) {
                    return List.of();
                }
                first = Columns.instantOf(row.getString(1));
                last = Columns.instantOf(row.getString(2));
            }
            SqlQuery query = doneIn(Days.localDay(new SqlQuery("SELECT"), "e.done_at", zone,
                    first, last).add(TALLY), scope, zone)
                    .add("GROUP BY day ORDER BY day");
            List<DayTally> days = new ArrayList<>();
            try (PreparedStatement statement = query.prepare(connection);
                 ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    days.add(new DayTally(LocalDate.parse(row.getString("day")),
                            row.getInt("done"), row.getInt("not_happened"), row.getInt("partly"),
                            row.getInt("happened"), row.getInt("distress_pairs"),
                            row.getLong("expected_sum"), row.getLong("peak_sum"),
                            row.getInt("peak_below"), row.getInt("peak_above"),
                            row.getInt("likelihood_pairs"), row.getLong("before_sum"),
                            row.getLong("after_sum")));
                }
            }
            return days;
        });
    }

    @Override
    public List<Exposure> latestDone(InsightScope scope, ZoneId zone, int limit) {
        SqlQuery query = doneIn(new SqlQuery(ExposureRows.SELECT), scope, zone)
                .add("ORDER BY e.done_at DESC, e.id DESC LIMIT ?", limit);
        return database.read("Good Enough could not read your done exposures", connection -> {
            try (PreparedStatement statement = query.prepare(connection)) {
                List<Exposure> latest = new ArrayList<>(ExposureRows.readAll(statement));
                Collections.reverse(latest);
                return latest;
            }
        });
    }

    @Override
    public List<AreaCount> areaCounts(InsightScope scope, ZoneId zone) {
        SqlQuery query = doneIn(new SqlQuery(
                "SELECT e.category, e.stakes, count(*) AS done"
                        + " FROM exposure e INDEXED BY exposure_done_areas"), scope, zone)
                .add("GROUP BY e.category, e.stakes");
        return database.read("Good Enough could not count your exposures", connection -> {
            List<AreaCount> counts = new ArrayList<>();
            try (PreparedStatement statement = query.prepare(connection);
                 ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    counts.add(new AreaCount(enumValue(Category.class, row, "category"),
                            enumValue(Stakes.class, row, "stakes"), row.getInt("done")));
                }
            }
            return counts;
        });
    }

    @Override
    public List<RepeatedSeries> repeatedSeries(InsightScope scope, ZoneId zone, int limit) {
        // The series are counted off their index, in series order; the first exposure's words
        // are read only for the series shown.
        SqlQuery query = doneIn(new SqlQuery("""
                SELECT page.series, page.times, page.last_done, first.mistake
                  FROM (SELECT coalesce(e.repeat_of, e.id) AS series, count(*) AS times,
                               max(e.done_at) AS last_done
                          FROM exposure e INDEXED BY exposure_done_series
                """), scope, zone)
                .add("GROUP BY series HAVING count(*) >= 2 ORDER BY last_done DESC, series DESC")
                .add("LIMIT ?) page", limit)
                .add("LEFT JOIN exposure first ON first.id = page.series")
                .add("ORDER BY page.last_done DESC, page.series DESC");
        return database.read("Good Enough could not read your repeats", connection -> {
            List<RepeatedSeries> series = new ArrayList<>();
            try (PreparedStatement statement = query.prepare(connection);
                 ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    series.add(new RepeatedSeries(row.getLong("series"), row.getString("mistake"),
                            row.getInt("times"), instant(row, "last_done")));
                }
            }
            return series;
        });
    }

    /** Exposures with an answer to "What did I learn?", dated by when they were done. */
    private static SqlQuery learnedIn(SqlQuery query, InsightScope scope, ZoneId zone) {
        query.add("""
                  FROM exposure e JOIN reflection r ON r.exposure_id = e.id
                 WHERE trim(coalesce(r.learned, '')) <> ''
                   AND coalesce(e.done_at, r.reflected_at) >= ?
                   AND coalesce(e.done_at, r.reflected_at) < ?
                """, Days.start(scope.from(), zone), Days.end(scope.to(), zone));
        return narrowed(query, scope);
    }

    @Override
    public List<Learning> learnings(InsightScope scope, ZoneId zone, boolean newestFirst,
                                    int offset, int limit) {
        String order = newestFirst ? "DESC" : "ASC";
        SqlQuery query = learnedIn(new SqlQuery("""
                SELECT e.id, e.mistake, r.learned, coalesce(e.done_at, r.reflected_at) AS learned_at,
                       e.category, e.ladder_id
                """), scope, zone)
                .add("ORDER BY learned_at " + order + ", e.id " + order + " LIMIT ? OFFSET ?",
                        limit, offset);
        return database.read("Good Enough could not read what you learned", connection -> {
            List<Learning> learnings = new ArrayList<>();
            try (PreparedStatement statement = query.prepare(connection);
                 ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    learnings.add(new Learning(row.getLong("id"), row.getString("mistake"),
                            row.getString("learned"), instant(row, "learned_at"),
                            enumValue(Category.class, row, "category"), id(row, "ladder_id")));
                }
            }
            return learnings;
        });
    }

    @Override
    public int countLearnings(InsightScope scope, ZoneId zone) {
        SqlQuery query = learnedIn(new SqlQuery("SELECT count(*)"), scope, zone);
        return database.read("Good Enough could not read what you learned", connection -> {
            try (PreparedStatement statement = query.prepare(connection);
                 ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }
}
