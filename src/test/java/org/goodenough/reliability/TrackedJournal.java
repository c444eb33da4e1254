package org.goodenough.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.goodenough.planner.JournalSession;
import org.goodenough.store.StoreException;

/**
 * A journal file the crash suite kills workers on, with the facts it must hold: all that the
 * acknowledged saves of every run so far led to. After each kill it is reopened and judged.
 */
final class TrackedJournal {

    private final Path file;
    private JournalFacts facts = JournalFacts.none();
    private int setAside;

    TrackedJournal(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** How many exposures and ladders it holds, as last read. */
    int records() {
        return facts.records();
    }

    /**
     * Reopens the journal as the app does, which checks it page by page before anything may
     * write to it, reads everything back through the planner and judges it against the saves
     * acknowledged in {@code log}; then runs SQLite's integrity check over it once more.
     * From here on what was found is what the journal must hold.
     */
    Outcome reopenAndJudge(SaveLog log) throws IOException {
        JournalFacts acknowledged = facts;
        for (Save save : log.acknowledged()) {
            acknowledged = acknowledged.after(save);
        }
        JournalFacts found;
        try (JournalSession session = JournalSession.open(file, Clock.systemUTC())) {
            found = JournalFacts.read(session);
        } catch (StoreException e) {
            // Damaged, refused or not openable at all: what it held can no longer be judged.
            String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            putAside();
            return new Outcome(new Verdict(List.of(), List.of(), false),
                    List.of("the journal did not open again: " + problem));
        }
        facts = found;
        return new Outcome(Verdict.of(acknowledged, log.inFlight(), found), integrityProblems());
    }

    /** Whatever SQLite's own checks find wrong, asked over a plain connection. */
    private List<String> integrityProblems() {
        List<String> problems = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                while (rows.next()) {
                    problems.add(rows.getString(1));
                }
            }
            if (problems.equals(List.of("ok"))) {
                problems.clear();
            }
            try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                while (rows.next()) {
                    problems.add("a row of " + rows.getString(1) + " points to a missing "
                            + rows.getString(3));
                }
            }
        } catch (SQLException e) {
            problems.add("SQLite could not check it: " + e.getMessage());
        }
        return problems;
    }

    /** Keeps a journal that would not open for a look later, and goes on with a new one. */
    private void putAside() throws IOException {
        setAside++;
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path part = Path.of(file + suffix);
            if (Files.exists(part)) {
                Files.move(part, Path.of(file + ".failed-" + setAside + suffix));
            }
        }
        facts = JournalFacts.none();
    }

    /**
     * How one reopening went.
     *
     * @param integrity what SQLite found wrong, or why the journal did not open; empty when whole
     */
    record Outcome(Verdict verdict, List<String> integrity) {

        boolean clean() {
            return verdict.lost().isEmpty() && verdict.unexpected().isEmpty() && integrity.isEmpty();
        }
    }
}
