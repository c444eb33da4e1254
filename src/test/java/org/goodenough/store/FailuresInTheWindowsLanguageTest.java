package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Progress;
import org.goodenough.exchange.ExchangeException;
import org.goodenough.exchange.JournalImport;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refusals a person meets in the window (a full disk, a journal open elsewhere, a file
 * that is no export, a damaged journal) are said in the window's language, while the
 * exception keeps its English message for the log and the command line. It sits beside the
 * store, whose test hook fills the disk.
 */
class FailuresInTheWindowsLanguageTest {

    @TempDir
    Path folder;

    @AfterEach
    void backToEnglish() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void aFullDiskIsToldInGerman() {
        Texts.use(Locale.GERMAN);
        try (Journal journal = Journal.open(folder.resolve("journal.db"))) {
            TestJournals.addPlans(journal, "Before", 2);
            journal.database().limitPages(pages(journal));
            String big = "A long plan that needs new pages. ".repeat(4_000);
            StoreException full = assertThrows(StoreException.class,
                    () -> journal.exposures().add(Plan.of(big), null, TestJournals.WRITTEN));

            assertTrue(full.getMessage().contains("the disk is full"), full.getMessage());
            String said = Failures.describe(full);
            assertTrue(said.contains("Die Festplatte ist voll"), said);
            assertTrue(!said.contains("disk"), said);

            Texts.use(Locale.ENGLISH);
            assertTrue(Failures.describe(full).endsWith("the disk is full. Free some space and try"
                    + " again."), Failures.describe(full));
        }
    }

    @Test
    void aJournalInUseAndAMissingExposureAreToldInGerman() {
        Texts.use(Locale.GERMAN);
        Path file = folder.resolve("journal.db");
        try (Journal first = Journal.open(file)) {
            StoreException inUse = assertThrows(StoreException.class, () -> Journal.open(file));
            String said = Failures.describe(inUse);
            assertTrue(said.contains("in einem anderen Fenster von Good Enough geöffnet"), said);

            StoreException gone = assertThrows(StoreException.class,
                    () -> first.exposures().placeOnLadder(404, null, TestJournals.WRITTEN));
            assertEquals("Diese Übung ist nicht mehr im Tagebuch.", Failures.describe(gone));
        }
    }

    @Test
    void aFileThatIsNoExportOrNoJournalIsRefusedInGerman() throws Exception {
        Texts.use(Locale.GERMAN);
        Path notes = folder.resolve("notes.json");
        Files.writeString(notes, "[1, 2, 3]");
        Path text = folder.resolve("text.db");
        Files.writeString(text, "Only a shopping list, no journal at all.");
        try (Journal journal = Journal.open(folder.resolve("journal.db"))) {
            ExchangeException refused = assertThrows(ExchangeException.class,
                    () -> new JournalImport(journal.transfer()).prepare(notes, Progress.NONE));
            assertTrue(refused.getMessage().contains("not a Good Enough export"), refused.getMessage());
            String said = Failures.describe(refused);
            assertTrue(said.contains("Zeile 1, Spalte 1: Das ist kein Export von Good Enough"), said);

            ExchangeException missing = assertThrows(ExchangeException.class,
                    () -> new JournalImport(journal.transfer())
                            .prepare(folder.resolve("nowhere.json"), Progress.NONE));
            assertEquals("Unter " + folder.resolve("nowhere.json") + " gibt es keine Datei.",
                    Failures.describe(missing));
        }
        StoreException notAJournal = assertThrows(StoreException.class, () -> Journal.open(text));
        assertTrue(Failures.describe(notAJournal).contains("ist kein Tagebuch von Good Enough"),
                Failures.describe(notAJournal));
    }

    private static long pages(Journal journal) {
        return journal.database().read("count pages", connection -> {
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("PRAGMA page_count")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
