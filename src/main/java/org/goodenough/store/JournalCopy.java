package org.goodenough.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** A copy of a journal made from outside the app, such as by the command line's backup. */
public final class JournalCopy {

    private JournalCopy() {
    }

    /**
     * Copies the journal at {@code journal} to {@code target} with SQLite's online backup; the
     * journal is only read, and may be open in the app meanwhile.
     *
     * @throws JournalRefusedException if it is not a Good Enough journal or is damaged
     * @throws StoreException          if the copy cannot be made; no part of it is left then
     */
    public static void to(Path journal, Path target) {
        JournalHealth health = JournalHealth.inspect(journal);
        if (!health.ours() || !health.whole()) {
            throw new JournalRefusedException(journal,
                    Reason.of(health.ours() ? "damagedNotCopied" : "notAJournalNotCopied", journal,
                            String.join("; ", health.problems())),
                    journal + (health.ours()
                    ? " is damaged, so a copy of it would be too: " + String.join("; ", health.problems())
                    : " is not a Good Enough journal.") + " Nothing was copied.");
        }
        try (Connection connection = ReadOnlyJournal.open(journal)) {
            OnlineBackup.copy(connection, target);
        } catch (SQLException e) {
            throw SqlErrors.translate("Good Enough could not read " + journal, e);
        }
    }
}
