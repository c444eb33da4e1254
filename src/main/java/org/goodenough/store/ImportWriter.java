package org.goodenough.store;

import static org.goodenough.store.Columns.instant;
import static org.goodenough.store.Columns.number;
import static org.goodenough.store.Columns.text;
import static org.goodenough.store.Columns.value;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.goodenough.domain.BeliefRating;
import org.goodenough.domain.HiddenIdea;
import org.goodenough.domain.ImportCount;
import org.goodenough.domain.Plan;
import org.goodenough.domain.PortableExposure;
import org.goodenough.domain.PortableIdea;
import org.goodenough.domain.PortableJournal;
import org.goodenough.domain.PortableLadder;
import org.goodenough.domain.Progress;
import org.goodenough.domain.Reflection;

/**
 * Writes an import's records inside the transaction the repository opened. Records whose
 * stable id the journal holds already are skipped, so nothing is changed or doubled.
 */
final class ImportWriter {

    /** How often, in records, progress is reported (and a cancel noticed). */
    private static final int STEP = 200;

    private final Connection connection;
    private final long total;
    private final Progress progress;
    private final Map<String, Long> ladderIds = new HashMap<>();
    private final Map<String, Long> exposureIds = new HashMap<>();
    private long done;
    private int alreadyThere;

    ImportWriter(Connection connection, long total, Progress progress) {
        this.connection = connection;
        this.total = total;
        this.progress = progress;
    }

    ImportCount write(PortableJournal journal) throws SQLException {
        progress.update(0, total);
        readIds("SELECT uid, id FROM ladder", ladderIds);
        readIds("SELECT uid, id FROM exposure", exposureIds);
        int ladders = 0;
        for (PortableLadder ladder : journal.ladders()) {
            if (!ladderIds.containsKey(ladder.uid())) {
                ladderIds.put(ladder.uid(), insert(ladder));
                ladders++;
            } else {
                alreadyThere++;
            }
            step();
        }
        int exposures = 0;
        for (PortableExposure exposure : journal.exposures()) {
            if (!exposureIds.containsKey(exposure.uid())) {
                exposureIds.put(exposure.uid(), insert(exposure));
                exposures++;
            } else {
                alreadyThere++;
            }
            step();
        }
        int ideas = 0;
        for (PortableIdea idea : journal.ideas()) {
            if (insert(idea)) {
                ideas++;
            } else {
                alreadyThere++;
            }
            step();
        }
        int hidden = 0;
        for (HiddenIdea idea : journal.hiddenIdeas()) {
            if (insert(idea)) {
                hidden++;
            } else {
                alreadyThere++;
            }
            step();
        }
        progress.update(total, total);
        return new ImportCount(ladders, exposures, ideas, hidden, alreadyThere);
    }

    private void step() {
        done++;
        if (done % STEP == 0) {
            progress.update(done, total);
        }
    }

    private void readIds(String sql, Map<String, Long> ids) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                ids.put(row.getString(1), row.getLong(2));
            }
        }
    }

    private long insert(PortableLadder ladder) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO ladder (uid, name, belief, belief_strength, ordered_by_hand, created_at,
                                    updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, ladder.uid());
            insert.setString(2, ladder.name());
            text(insert, 3, ladder.belief());
            number(insert, 4, value(ladder.beliefStrength()));
            insert.setInt(5, ladder.orderedByHand() ? 1 : 0);
            instant(insert, 6, ladder.createdAt());
            instant(insert, 7, ladder.updatedAt());
            insert.executeUpdate();
            id = generatedId(insert);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO belief_rating (ladder_id, strength, rated_at) VALUES (?, ?, ?)")) {
            for (BeliefRating rating : ladder.beliefHistory()) {
                insert.setLong(1, id);
                insert.setInt(2, rating.strength().value());
                instant(insert, 3, rating.ratedAt());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return id;
    }

    private long insert(PortableExposure exposure) throws SQLException {
        Plan plan = exposure.plan();
        long id;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO exposure (uid, ladder_id, repeat_of, rung_position, mistake, category,
                    stakes, planned_date, planned_time, place, feared_outcome, likelihood,
                    expected_distress, safety_behaviour, coping_plan, self_compassion, status,
                    done_at, distress_before, distress_peak, distress_after, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, exposure.uid());
            Columns.id(insert, 2, reference(ladderIds, exposure.ladderUid(), "ladder", "a ladder",
                    exposure));
            Columns.id(insert, 3, reference(exposureIds, exposure.repeatOfUid(), "exposure",
                    "an exposure", exposure));
            number(insert, 4, exposure.rungPosition());
            insert.setString(5, plan.mistake());
            text(insert, 6, plan.category());
            text(insert, 7, plan.stakes());
            text(insert, 8, plan.date());
            text(insert, 9, plan.time());
            text(insert, 10, plan.place());
            text(insert, 11, plan.fearedOutcome());
            number(insert, 12, value(plan.likelihood()));
            number(insert, 13, value(plan.expectedDistress()));
            text(insert, 14, plan.safetyBehaviour());
            text(insert, 15, plan.copingPlan());
            text(insert, 16, plan.selfCompassion());
            text(insert, 17, exposure.status());
            instant(insert, 18, exposure.doneAt());
            number(insert, 19, value(exposure.distress().before()));
            number(insert, 20, value(exposure.distress().peak()));
            number(insert, 21, value(exposure.distress().after()));
            instant(insert, 22, exposure.createdAt());
            instant(insert, 23, exposure.updatedAt());
            insert.executeUpdate();
            id = generatedId(insert);
        }
        if (exposure.reflection() != null) {
            insert(id, exposure.reflection());
        }
        return id;
    }

    private void insert(long exposureId, Reflection reflection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO reflection (exposure_id, what_happened, outcome, felt, worse, better,
                                        learned, likelihood_after, reflected_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            insert.setLong(1, exposureId);
            text(insert, 2, reflection.whatHappened());
            text(insert, 3, reflection.outcome());
            text(insert, 4, reflection.felt());
            text(insert, 5, reflection.worse());
            text(insert, 6, reflection.better());
            text(insert, 7, reflection.learned());
            number(insert, 8, value(reflection.likelihoodAfter()));
            instant(insert, 9, reflection.reflectedAt());
            insert.executeUpdate();
        }
    }

    private boolean insert(PortableIdea idea) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO own_idea (uid, title, category, stakes, tip, hidden, created_at,
                                      updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (uid) DO NOTHING
                """)) {
            insert.setString(1, idea.uid());
            insert.setString(2, idea.title());
            text(insert, 3, idea.category());
            text(insert, 4, idea.stakes());
            text(insert, 5, idea.tip());
            insert.setInt(6, idea.hidden() ? 1 : 0);
            instant(insert, 7, idea.createdAt());
            instant(insert, 8, idea.updatedAt());
            return insert.executeUpdate() == 1;
        }
    }

    private boolean insert(HiddenIdea idea) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO hidden_idea (idea_key, hidden_at) VALUES (?, ?)
                ON CONFLICT (idea_key) DO NOTHING
                """)) {
            insert.setString(1, idea.key());
            instant(insert, 2, idea.hiddenAt());
            return insert.executeUpdate() == 1;
        }
    }

    /** The journal's id for a stable id, which must be in the journal or come earlier. */
    private static Long reference(Map<String, Long> ids, String uid, String kind,
            String aKind, PortableExposure from) {
        if (uid == null) {
            return null;
        }
        Long id = ids.get(uid);
        if (id == null) {
            // The mistake's words go to the window only: a store's message may be logged.
            throw new StoreException(Reason.of("import.pointsNowhere." + kind,
                    from.plan().mistake(), uid), "The exposure " + from.uid() + " points to "
                    + aKind + " (" + uid + ") that is neither in the file nor in the journal."
                    + " Nothing was imported.");
        }
        return id;
    }

    private static long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
