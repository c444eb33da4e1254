package org.goodenough.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The look at an existing file before it is opened as a journal. The file is only read, over a
 * connection that cannot write, which is closed again before any other is opened: a file that
 * is refused is left exactly as it was.
 */
final class JournalCheck {

    private static final Logger LOG = LoggerFactory.getLogger(JournalCheck.class);

    private JournalCheck() {
    }

    /**
     * Refuses {@code journal} unless it is a whole journal this version may open, or a new one
     * whose first write was cut short.
     *
     * @throws JournalDamagedException if it is not a SQLite database, or SQLite finds it damaged
     * @throws JournalRefusedException if it is another program's database or from a newer version
     */
    static void beforeOpening(Path journal) throws IOException, SQLException {
        if (JournalFiles.firstWriteCutShort(journal)) {
            // A new journal whose first write was cut short holds nothing: it opens as new. A
            // read-only look could not even read it, since SQLite must first undo that write.
            LOG.info("The journal's first write was cut short; it is opened as a new journal");
            return;
        }
        JournalHeader header = JournalHeader.read(journal);
        if (!header.sqlite()) {
            throw new JournalDamagedException(journal, Reason.of("notAJournal", journal),
                    journal + " is not a Good Enough journal (it is"
                    + " not a SQLite database). It has not been changed. Open another file.");
        }
        try (Connection check = ReadOnlyJournal.open(journal)) {
            refuseUnlessJournal(journal, JournalHeader.inspect(check, header));
            if (JournalSeal.holds(journal)) {
                // Exactly as this app closed it after checking it: see JournalSeal.
                return;
            }
            List<String> problems = Integrity.problems(check);
            if (!problems.isEmpty()) {
                LOG.warn("The journal failed its integrity check, first of {} findings: {}",
                        problems.size(), problems.get(0));
                throw damaged(journal, null);
            }
        }
    }

    static JournalDamagedException damaged(Path journal, SQLException cause) {
        return new JournalDamagedException(journal, Reason.of("damaged", journal),
                "The journal " + journal + " is damaged: parts of"
                + " it can no longer be read. Good Enough has not opened it, and it has not been"
                + " changed. Restore it from a backup, or open another file.", cause);
    }

    private static void refuseUnlessJournal(Path journal, JournalHeader header) {
        boolean unmarkedButFull = header.applicationId() == 0 && header.tables() > 0;
        if (unmarkedButFull || header.applicationId() != 0
                && header.applicationId() != Database.APPLICATION_ID) {
            throw new JournalRefusedException(journal, Reason.of("otherProgram", journal),
                    journal + " is a database of another program,"
                    + " not a Good Enough journal. It has not been changed. Open another file.");
        }
        if (header.userVersion() > Migrations.LATEST) {
            throw new JournalRefusedException(journal,
                    Reason.of("newerVersion", header.userVersion(), Migrations.LATEST),
                    "This journal was written by a newer version of"
                    + " Good Enough (journal version " + header.userVersion() + "; this version reads"
                    + " up to " + Migrations.LATEST + "). Update Good Enough to open it. The file has"
                    + " not been changed.");
        }
    }
}
