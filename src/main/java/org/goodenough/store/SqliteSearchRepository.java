package org.goodenough.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.goodenough.domain.ExposureFilter;
import org.goodenough.domain.SearchHit;
import org.goodenough.domain.SearchHit.TextField;

/** Searches the journal through its FTS5 index, {@code exposure_search} (migration 3). */
public final class SqliteSearchRepository implements SearchRepository {

    /** Words around each snippet's matches: about a line of text. */
    private static final int SNIPPET_TOKENS = 14;
    /** How many of the newest matches are ranked when only words are given. */
    static final int RANKED = 1_000;

    private final Database database;

    public SqliteSearchRepository(Database database) {
        this.database = database;
    }

    @Override
    public SearchPage search(ExposureFilter filter, ZoneId zone, int limit) {
        String match = FtsQuery.of(filter.words());
        SqlQuery query;
        if (match.isEmpty()) {
            query = filtered(new SqlQuery("SELECT " + ExposureRows.COLUMNS
                    + " FROM exposure e LEFT JOIN reflection r ON r.exposure_id = e.id WHERE 1 = 1"),
                    filter, zone)
                    .add("ORDER BY coalesce(e.done_at, e.planned_date, e.created_at) DESC, e.id DESC");
        } else {
            // The page is ranked first, on ids alone (every row of the index is an exposure, its
            // triggers keep them in step, so words alone need not read the exposures); then only
            // the page's rows are read, and their words marked here (SearchMarks).
            query = filtered(new SqlQuery("""
                    WITH page AS MATERIALIZED (
                        SELECT s.rowid AS id, s.rank AS rank
                          FROM exposure_search s
                    """ + (wordsOnly(filter) ? "" : "JOIN exposure e ON e.id = s.rowid")
                    + " WHERE exposure_search MATCH ?", match), filter, zone);
        }
        boolean windowed = !match.isEmpty() && wordsOnly(filter);
        String words = match;
        SqlQuery chosen = query;
        return database.read("Good Enough could not search the journal", connection -> {
            Newest newest = windowed ? newest(connection, words, Math.max(RANKED, limit)) : null;
            if (newest != null && newest.oldestRanked() != null) {
                chosen.add("AND s.rowid >= ?", newest.oldestRanked());
            }
            if (words.isEmpty()) {
                chosen.add("LIMIT ?", limit);
            } else {
                chosen.add("ORDER BY s.rank, s.rowid DESC LIMIT ?)", limit)
                        .add("SELECT " + ExposureRows.COLUMNS + """
                                 FROM page
                                 JOIN exposure e ON e.id = page.id
                                 LEFT JOIN reflection r ON r.exposure_id = e.id
                                ORDER BY page.rank, page.id DESC
                                """);
            }
            SearchMarks marks = SearchMarks.of(filter.words());
            List<SearchHit> hits = new ArrayList<>();
            try (PreparedStatement statement = chosen.prepare(connection);
                 ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    hits.add(match.isEmpty() ? plainHit(row) : markedHit(row, marks));
                }
            }
            int total;
            if (hits.size() < limit) {
                total = hits.size();
            } else if (newest != null && newest.oldestRanked() == null) {
                total = newest.matches();
            } else {
                total = counted(countQuery(match, filter, zone), connection);
            }
            return new SearchPage(hits, total);
        });
    }

    /**
     * How many of the newest exposures that hold the words are ranked, and from which id.
     *
     * @param matches how many match, when {@code oldestRanked} is null
     * @param oldestRanked the oldest id ranked, or null when no more than the window match and
     *     all are ranked
     */
    private record Newest(int matches, Long oldestRanked) {
    }

    /**
     * Ranking reads every match's statistics: a word found in most of 100,000 exposures takes a
     * fifth of a second. So words alone are ranked among the {@value #RANKED} newest exposures
     * that hold them (or among as many as are asked for, when that is more): an index walk from
     * the newest, which costs little. It goes one past the window, so that when no more match it
     * has counted them all, and they need not be found again to be counted.
     */
    private static Newest newest(java.sql.Connection connection, String match, int window)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT rowid FROM exposure_search WHERE exposure_search MATCH ?
                 ORDER BY rowid DESC LIMIT ?
                """)) {
            statement.setString(1, match);
            statement.setInt(2, window + 1);
            int walked = 0;
            long oldestInWindow = 0;
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    walked++;
                    if (walked <= window) {
                        oldestInWindow = row.getLong(1);
                    }
                }
            }
            return new Newest(walked, walked <= window ? null : oldestInWindow);
        }
    }

    /** Whether nothing but words narrows the search. */
    private static boolean wordsOnly(ExposureFilter filter) {
        return filter.status() == null && filter.category() == null && filter.stakes() == null
                && filter.ladderId() == null && filter.from() == null && filter.to() == null;
    }

    private static SearchHit plainHit(ResultSet row) throws SQLException {
        var exposure = ExposureRows.exposure(row);
        return new SearchHit(exposure, exposure.plan().mistake(), null, null);
    }

    /**
     * The marked mistake, and the first other text with a match in it. Each text field is the
     * column of the same name (lower case), in the exposure or its reflection.
     */
    private static SearchHit markedHit(ResultSet row, SearchMarks marks) throws SQLException {
        var exposure = ExposureRows.exposure(row);
        String mistake = marks.highlight(exposure.plan().mistake());
        for (TextField field : TextField.values()) {
            String snippet = marks.snippet(Columns.text(row, field.name().toLowerCase(java.util.Locale.ROOT)),
                    SNIPPET_TOKENS);
            if (snippet != null) {
                return new SearchHit(exposure, mistake, field, snippet);
            }
        }
        return new SearchHit(exposure, mistake, null, null);
    }

    /** How many exposures match in all. */
    private static SqlQuery countQuery(String match, ExposureFilter filter, ZoneId zone) {
        if (!match.isEmpty() && wordsOnly(filter)) {
            // Every row of the index is an exposure (its triggers keep them in step).
            return new SqlQuery("SELECT count(*) FROM exposure_search WHERE exposure_search MATCH ?", match);
        }
        SqlQuery query = match.isEmpty()
                ? new SqlQuery("SELECT count(*) FROM exposure e WHERE 1 = 1")
                : new SqlQuery("""
                        SELECT count(*) FROM exposure_search s JOIN exposure e ON e.id = s.rowid
                         WHERE exposure_search MATCH ?
                        """, match);
        return filtered(query, filter, zone);
    }

    private static int counted(SqlQuery query, java.sql.Connection connection) throws SQLException {
        try (PreparedStatement statement = query.prepare(connection);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    /** The filters besides the words; an exposure's day is when it was done, planned or written. */
    private static SqlQuery filtered(SqlQuery query, ExposureFilter filter, ZoneId zone) {
        if (filter.status() != null) {
            query.add("AND e.status = ?", filter.status());
        }
        if (filter.category() != null) {
            query.add("AND e.category = ?", filter.category());
        }
        if (filter.stakes() != null) {
            query.add("AND e.stakes = ?", filter.stakes());
        }
        if (filter.ladderId() != null) {
            query.add("AND e.ladder_id = ?", filter.ladderId());
        }
        if (filter.from() != null || filter.to() != null) {
            String start = Days.start(filter.from(), zone);
            String end = Days.end(filter.to(), zone);
            query.add("""
                    AND CASE WHEN e.done_at IS NOT NULL THEN e.done_at >= ? AND e.done_at < ?
                             WHEN e.planned_date IS NOT NULL THEN e.planned_date BETWEEN ? AND ?
                             ELSE e.created_at >= ? AND e.created_at < ? END
                    """, start, end, Days.planned(filter.from(), false),
                    Days.planned(filter.to(), true), start, end);
        }
        return query;
    }
}
