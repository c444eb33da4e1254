package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Progress;
import org.goodenough.exchange.ExchangeException;
import org.goodenough.exchange.ExportFormat;
import org.goodenough.exchange.ImportPreview;
import org.goodenough.exchange.ImportRefusedException;
import org.goodenough.exchange.JournalImport;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.LadderInput;
import org.goodenough.planner.PlanInput;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refusals a person meets in the window (a full disk, a journal open elsewhere, a file
 * that is no export, a spoiled entry in an import, a damaged journal) are said in the
 * window's language, while the
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

    @Test
    void aSpoiledEntryInAnImportIsToldInGermanWithItsPlaceAndField() throws Exception {
        Path file = folder.resolve("spoiled.json");
        try (JournalSession session = JournalSession.open(folder.resolve("journal.db"),
                Clock.systemDefaultZone())) {
            session.planner().plan(PlanInput.of("Send the update with a typo"));
            session.planner().plan(new PlanInput("Ask an obvious question", null, null, null, null,
                    null, "They laugh", "70", null, null, null, null, null));
            session.export().export(ExportFormat.JSON, null, file, Progress.NONE);
            Files.writeString(file, Files.readString(file).replace("\"likelihood\": 70",
                    "\"likelihood\": 140"));

            ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                    () -> session.importer().prepare(file, Progress.NONE));
            String path = refused.place().path();
            assertTrue(path.matches("exposures\\[[01]]\\.likelihood"), path);
            String where = "Line " + refused.place().line() + ", column "
                    + refused.place().column() + " (" + path + "): ";

            Texts.use(Locale.GERMAN);
            assertEquals("Zeile " + refused.place().line() + ", Spalte " + refused.place().column()
                    + " (" + path + "): 140 liegt außerhalb des Bereichs: eine Einschätzung ist eine"
                    + " ganze Zahl von 0 bis 100.", Failures.describe(refused));

            Texts.use(Locale.ENGLISH);
            assertEquals(where + "140 is out of range: a rating is a whole number from 0 to 100.",
                    Failures.describe(refused));
            assertEquals(refused.getMessage(), Failures.describe(refused));
            assertEquals(2, session.planner().count(JournalSection.UPCOMING), "nothing imported");
        }
    }

    @Test
    void countsInAnImportRefusalAreWrittenAsTheLanguageWritesThem() throws Exception {
        Path file = folder.resolve("long.json");
        try (JournalSession session = JournalSession.open(folder.resolve("journal.db"),
                Clock.systemDefaultZone())) {
            session.planner().plan(PlanInput.of("Send the update with a typo"));
            session.export().export(ExportFormat.JSON, null, file, Progress.NONE);
            Files.writeString(file, Files.readString(file).replace("Send the update with a typo",
                    "x".repeat(1_234)));

            ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                    () -> session.importer().prepare(file, Progress.NONE));

            Texts.use(Locale.GERMAN);
            String said = Failures.describe(refused);
            assertTrue(said.contains("(exposures[0].mistake): Dieser Text ist 1.234 Zeichen lang;"
                    + " hier passen höchstens 1.000 hinein."), said);
            Texts.use(Locale.ENGLISH);
            assertTrue(Failures.describe(refused).endsWith("(exposures[0].mistake): This text is"
                    + " 1,234 characters long; at most 1,000 fit here."), Failures.describe(refused));
        }
    }

    /**
     * A ladder taken away between reading a file and importing it: the journal refuses the
     * whole import, naming the exposure by its words, in the window's language.
     */
    @Test
    void anImportWhoseLadderWentAwayMeanwhileIsRefusedInGerman() throws Exception {
        Path file = folder.resolve("onLadder.json");
        try (JournalSession session = JournalSession.open(folder.resolve("journal.db"),
                Clock.systemDefaultZone())) {
            Ladder ladder = session.ladders().create(new LadderInput("Speaking up", null, null));
            session.planner().plan(new PlanInput("Ask an obvious question", null, null, null, null,
                    null, null, null, null, null, null, null, ladder.id()));
            session.export().export(ExportFormat.JSON, null, file, Progress.NONE);
            ObjectMapper json = new ObjectMapper();
            ObjectNode export = (ObjectNode) json.readTree(file.toFile());
            export.putArray("ladders");
            ((ObjectNode) export.get("exposures").get(0)).put("id", "a-new-exposure");
            json.writeValue(file.toFile(), export);
            ImportPreview preview = session.importer().prepare(file, Progress.NONE);
            session.ladders().delete(ladder.id());

            StoreException refused = assertThrows(StoreException.class,
                    () -> session.importer().apply(preview, Progress.NONE));

            Texts.use(Locale.GERMAN);
            assertEquals("Die Übung „Ask an obvious question“ verweist auf eine Leiter ("
                    + ladder.uid() + "), die weder in der Datei noch im Tagebuch ist. Es wurde"
                    + " nichts importiert.", Failures.describe(refused));
            Texts.use(Locale.ENGLISH);
            assertEquals("The exposure \"Ask an obvious question\" points to a ladder ("
                    + ladder.uid() + ") that is neither in the file nor in the journal. Nothing"
                    + " was imported.", Failures.describe(refused));
            assertFalse(refused.getMessage().contains("obvious"), "the message may be logged: "
                    + refused.getMessage());
            assertTrue(refused.getMessage().contains("a-new-exposure"), refused.getMessage());
            assertEquals(1, session.planner().count(JournalSection.UPCOMING), "nothing imported");
        }
    }

    @Test
    void whyAnExportCouldNotBeWrittenIsToldInGerman() {
        Path target = folder.resolve("nowhere").resolve("journal.json");
        try (JournalSession session = JournalSession.open(folder.resolve("journal.db"),
                Clock.systemDefaultZone())) {
            ExchangeException refused = assertThrows(ExchangeException.class,
                    () -> session.export().export(ExportFormat.JSON, null, target, Progress.NONE));

            Texts.use(Locale.GERMAN);
            assertEquals("Good Enough konnte " + target + " nicht schreiben (den Ordner gibt es"
                    + " nicht). Dort wurde nichts abgelegt; wähle einen anderen Ort.",
                    Failures.describe(refused));
            Texts.use(Locale.ENGLISH);
            assertEquals("Good Enough could not write " + target + " (the folder does not exist)."
                    + " Nothing was written there; choose another place.", Failures.describe(refused));
            assertEquals(refused.getMessage(), Failures.describe(refused));
        }
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
