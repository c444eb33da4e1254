package org.goodenough.store;

import static org.goodenough.store.Columns.enumValue;
import static org.goodenough.store.Columns.id;
import static org.goodenough.store.Columns.instant;
import static org.goodenough.store.Columns.percent;
import static org.goodenough.store.Columns.suds;
import static org.goodenough.store.Columns.text;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.goodenough.domain.Category;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Reflection;
import org.goodenough.domain.Stakes;

/** Reads exposures, with their reflections, from the rows of {@link #SELECT}. */
final class ExposureRows {

    /** Every column of an exposure {@code e} and its reflection {@code r}. */
    static final String COLUMNS = """
            e.*, r.what_happened, r.outcome, r.felt, r.worse, r.better, r.learned,
                   r.likelihood_after, r.reflected_at
            """;

    /** Exposures with their reflections; add WHERE and ORDER BY after it. */
    static final String SELECT = "SELECT " + COLUMNS
            + " FROM exposure e LEFT JOIN reflection r ON r.exposure_id = e.id ";

    private ExposureRows() {
    }

    static List<Exposure> readAll(PreparedStatement query) throws SQLException {
        List<Exposure> exposures = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                exposures.add(exposure(row));
            }
        }
        return exposures;
    }

    static Exposure exposure(ResultSet row) throws SQLException {
        String date = text(row, "planned_date");
        String time = text(row, "planned_time");
        Plan plan = new Plan(
                text(row, "mistake"),
                enumValue(Category.class, row, "category"),
                enumValue(Stakes.class, row, "stakes"),
                date == null ? null : LocalDate.parse(date),
                time == null ? null : LocalTime.parse(time),
                text(row, "place"),
                text(row, "feared_outcome"),
                percent(row, "likelihood"),
                suds(row, "expected_distress"),
                text(row, "safety_behaviour"),
                text(row, "coping_plan"),
                text(row, "self_compassion"),
                id(row, "ladder_id"));
        Distress distress = new Distress(
                suds(row, "distress_before"), suds(row, "distress_peak"), suds(row, "distress_after"));
        return new Exposure(
                row.getLong("id"),
                text(row, "uid"),
                plan,
                enumValue(ExposureStatus.class, row, "status"),
                instant(row, "done_at"),
                distress,
                reflection(row),
                id(row, "repeat_of"),
                instant(row, "created_at"),
                instant(row, "updated_at"));
    }

    private static Reflection reflection(ResultSet row) throws SQLException {
        Instant reflectedAt = instant(row, "reflected_at");
        if (reflectedAt == null) {
            return null;
        }
        return new Reflection(
                text(row, "what_happened"),
                enumValue(Outcome.class, row, "outcome"),
                text(row, "felt"),
                text(row, "worse"),
                text(row, "better"),
                text(row, "learned"),
                percent(row, "likelihood_after"),
                reflectedAt);
    }
}
