package org.goodenough.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What a journal file is like, learnt by only reading it: it is never written, migrated or
 * created. For checking a journal or a backup before it is used.
 *
 * @param schemaVersion the journal version it records (0 when it records none)
 * @param ours          whether it carries Good Enough's mark, so it is a journal, not another
 *                      program's database
 * @param problems      what is wrong with it, in SQLite's technical words; empty when it is whole
 */
public record JournalHealth(int schemaVersion, boolean ours, List<String> problems) {

    public JournalHealth {
        problems = List.copyOf(problems);
    }

    /** Whether SQLite found nothing wrong in it. */
    public boolean whole() {
        return problems.isEmpty();
    }

    /** Whether this version of Good Enough can open it as a journal: ours, whole, not newer. */
    public boolean opensHere() {
        return ours && whole() && schemaVersion >= 1 && schemaVersion <= Migrations.LATEST;
    }

    /**
     * Reads {@code file} without changing it.
     *
     * @throws StoreException if there is no such file, or it cannot be read at all
     */
    public static JournalHealth inspect(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(Reason.of("noJournalFile", file),
                    "There is no journal file at " + file + ".");
        }
        try {
            if (Files.size(file) == 0 || JournalFiles.firstWriteCutShort(file)) {
                return new JournalHealth(0, false, List.of());
            }
            JournalHeader header = JournalHeader.read(file);
            if (!header.sqlite()) {
                return new JournalHealth(0, false, List.of("It is not a SQLite database."));
            }
            try (Connection connection = ReadOnlyJournal.open(file)) {
                header = JournalHeader.inspect(connection, header);
                return new JournalHealth(header.userVersion(),
                        header.applicationId() == Database.APPLICATION_ID, Integrity.problems(connection));
            }
        } catch (SQLException e) {
            if (SqlErrors.damaged(e)) {
                return new JournalHealth(0, false, List.of(String.valueOf(e.getMessage())));
            }
            throw SqlErrors.translate("Good Enough could not read " + file, e);
        } catch (IOException e) {
            throw new StoreException(Reason.of("unreadable", file, e.getMessage()),
                    "Good Enough could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
