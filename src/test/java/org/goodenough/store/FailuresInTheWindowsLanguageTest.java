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
import java.util.Map;
import org.goodenough.domain.Draft;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Progress;
import org.goodenough.exchange.ExchangeException;
import org.goodenough.exchange.ExportFormat;
import org.goodenough.exchange.ImportPreview;
import org.goodenough.exchange.ImportRefusedException;
import org.goodenough.exchange.JournalImport;
import org.goodenough.exchange.worksheet.PaperSize;
import org.goodenough.planner.AppPreferences.ThemeChoice;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.DistressInput;
import org.goodenough.planner.ExposurePlanner;
import org.goodenough.planner.IdeaInput;
import org.goodenough.planner.InsightRequest;
import org.goodenough.planner.JournalBackups;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.LadderInput;
import org.goodenough.planner.NotPossibleNowException;
import org.goodenough.planner.PlanInput;
import org.goodenough.planner.ReflectionInput;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refusals a person meets in the window (a full disk, a journal open elsewhere, a file
 * that is no export, a spoiled entry in an import, a damaged journal, and the rare ones: a
 * draft or the settings that cannot be written, a lock file that cannot be made, a backups
 * folder in the way) are said in the window's language, while the exception keeps its English
 * message for the log and the command line. It sits beside the store, whose test hook fills
 * the disk.
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

            assertEquals("Good Enough konnte den Plan gerade nicht speichern, und nichts wurde"
                    + " verändert: Die Festplatte ist voll. Mach etwas Platz frei und versuch es noch"
                    + " einmal.", Failures.describe(full, "savePlan"));

            Texts.use(Locale.ENGLISH);
            assertEquals("Good Enough could not do that just now, and nothing was changed: the disk"
                    + " is full. Free some space and try again.", Failures.describe(full));
            assertEquals("Good Enough could not save the plan just now, and nothing was changed:"
                    + " the disk is full. Free some space and try again.",
                    Failures.describe(full, "savePlan"));
        }
    }

    @Test
    void aLockFileThatCannotBeMadeIsToldInGerman() throws Exception {
        Path file = folder.resolve("journal.db");
        Files.createDirectories(JournalLock.fileFor(file).resolve("in the way"));

        StoreException refused = assertThrows(StoreException.class, () -> Journal.open(file));

        assertGermanAndEnglishAsBefore(refused,
                "Good Enough konnte nicht sicherstellen, dass kein anderes Fenster das Tagebuch "
                + file + " geöffnet hat, darum wurde es nicht geöffnet");
    }

    @Test
    void settingsThatCannotBeSavedAreToldInGerman() throws Exception {
        Path file = folder.resolve("settings.json");
        Files.createDirectories(file.resolve("in the way"));
        AppPreferences preferences = AppPreferences.at(file);

        StoreException refused = assertThrows(StoreException.class,
                () -> preferences.update(settings -> settings.withTheme(ThemeChoice.DARK)));

        assertGermanAndEnglishAsBefore(refused,
                "Die Einstellungen der App konnten nicht gespeichert werden (");
        assertEquals(ThemeChoice.SYSTEM, preferences.settings().theme(), "nothing changed");
    }

    @Test
    void aDraftThatCannotBeKeptOrRemovedIsToldInGerman() throws Exception {
        Path journal = folder.resolve("journal.db");
        Draft draft = new Draft("plan", null, TestJournals.WRITTEN,
                Map.of("mistake", "Send the email with a typo"));
        try (JournalSession session = JournalSession.open(journal, Clock.systemUTC())) {
            Files.writeString(folder.resolve("drafts"), "a file where the drafts folder would go");
            StoreException notKept = assertThrows(StoreException.class,
                    () -> session.drafts().keep(draft));
            assertGermanAndEnglishAsBefore(notKept, "Was du gerade schreibst, konnte nicht als"
                    + " Entwurf aufbewahrt werden (");
            assertTrue(Failures.describe(notKept).endsWith("Es steht noch im Formular."));

            Files.delete(folder.resolve("drafts"));
            Files.createDirectories(new DraftFile(journal).file().resolve("damaged"));
            StoreException notRemoved = assertThrows(StoreException.class,
                    () -> session.drafts().discard());
            assertGermanAndEnglishAsBefore(notRemoved, "Der Entwurf konnte nicht entfernt werden (");
        }
    }

    @Test
    void aBackupsFolderThatIsAFileStopsAnUpgradeInGermanToo() throws Exception {
        Path file = folder.resolve("journal.db");
        TestJournals.versionTwo(file);
        Files.writeString(folder.resolve("backups"), "a file where the backups folder would go");

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file));

        Texts.use(Locale.GERMAN);
        assertEquals("Dieses Tagebuch muss für diese Version von Good Enough aktualisiert werden,"
                + " und vor jeder Aktualisierung wird eine Kopie davon angelegt. Die Kopie ließ sich"
                + " nicht anlegen, darum wurde das Tagebuch nicht aktualisiert und nicht verändert."
                + " Good Enough konnte den Sicherungsordner " + folder.resolve("backups")
                + " nicht anlegen. Schau, ob der Ordner des Tagebuchs beschreibbar ist und ob keine"
                + " Datei namens „backups“ im Weg liegt.", Failures.describe(refused));
        Texts.use(Locale.ENGLISH);
        assertTrue(Failures.describe(refused).startsWith("This journal needs updating for this"
                + " version of Good Enough"), Failures.describe(refused));
        assertTrue(Failures.describe(refused).endsWith("no file named \"backups\" is in the way."),
                Failures.describe(refused));
    }

    @Test
    void aBackupThatIsGoneBeforeItIsRestoredIsToldInGerman() throws Exception {
        Path file = folder.resolve("journal.db");
        Backup backup;
        try (JournalSession session = JournalSession.open(file, Clock.systemUTC())) {
            backup = session.backups().backUpNow();
        }
        Files.delete(backup.file());

        StoreException refused = assertThrows(StoreException.class,
                () -> JournalBackups.restore(file, backup, Clock.systemUTC()));

        assertGermanAndEnglishAsBefore(refused, "Good Enough konnte die Sicherung "
                + backup.file().getFileName() + " nicht wiederherstellen (");
        assertTrue(Failures.describe(refused).endsWith("Dein Tagebuch wurde nicht verändert."));
    }

    @Test
    void aJournalPutBackWhereAFileIsAgainIsRefusedInGerman() throws Exception {
        Path file = folder.resolve("journal.db");
        try (Journal journal = Journal.open(file)) {
            Files.move(file, folder.resolve("moved.db"));
            Files.writeString(file, "someone else's notes");

            StoreException refused = assertThrows(StoreException.class,
                    () -> journal.database().putBack());

            assertGermanAndEnglishAsBefore(refused, "Unter " + file + " liegt wieder eine Datei,"
                    + " darum wurde das Tagebuch nicht dorthin zurückgelegt.");
            assertEquals("someone else's notes", Files.readString(file));
        }
    }

    @Test
    void whatCannotBeDoneNowIsToldInGerman() {
        try (JournalSession session = JournalSession.open(folder.resolve("journal.db"),
                Clock.systemUTC())) {
            ExposurePlanner planner = session.planner();
            long planned = planner.plan(PlanInput.of("Leave a typo in the group chat")).id();
            long done = planner.markDone(planner.plan(PlanInput.of("Ask a question")).id(),
                    new DistressInput("", "", "")).id();

            assertNotPossible("Nur eine Übung, die gemacht ist, lässt sich wiederholen.",
                    () -> planner.repeat(planned));
            assertNotPossible("Markiere die Übung als gemacht, bevor du auf sie zurückblickst.",
                    () -> planner.reflect(planned, new ReflectionInput("It was fine", null, null,
                            null, null, null, null)));
            assertNotPossible("Ideen, die mit Good Enough kommen, lassen sich nicht ändern. Plane"
                    + " mit der Idee und ändere dann den Plan, oder schreib deine eigene.",
                    () -> session.library().edit(session.library().all().get(0),
                            new IdeaInput("Something else", null, null, null)));
            assertNotPossible("Diese Übung wurde in dem Zeitraum, den du gewählt hast, nicht"
                    + " gemacht.", () -> session.insights().repeats(planned,
                            InsightRequest.allTime()));
            assertNotPossible("Diese Übung ist nicht mehr im Tagebuch, darum gibt es nichts zu"
                    + " drucken.", () -> session.worksheets().exposure(404, PaperSize.A4,
                            folder.resolve("sheet.pdf"), Progress.NONE));

            Texts.use(Locale.GERMAN);
            NotPossibleNowException stays = assertThrows(NotPossibleNowException.class,
                    () -> planner.notNow(done));
            assertEquals("Diese Übung ist schon gemacht, darum bleibt sie, wie sie ist.",
                    Failures.describe(stays));
            Texts.use(Locale.ENGLISH);
            assertEquals("This exposure is done already, so it stays as it is.",
                    Failures.describe(stays));
            assertEquals("An exposure that is done cannot become not now.", stays.getMessage(),
                    "the log keeps the English message");
        }
    }

    /** Refused in German in a German window, and in its own English message in an English one. */
    private static void assertNotPossible(String german, Runnable work) {
        NotPossibleNowException refused = assertThrows(NotPossibleNowException.class, work::run);
        Texts.use(Locale.GERMAN);
        assertEquals(german, Failures.describe(refused));
        Texts.use(Locale.ENGLISH);
        assertEquals(refused.getMessage(), Failures.describe(refused));
    }

    /**
     * In a German window the refusal starts with {@code german}; in an English one it reads
     * exactly as its English message, as it did before the window worded it.
     */
    private static void assertGermanAndEnglishAsBefore(StoreException refused, String german) {
        Texts.use(Locale.GERMAN);
        String said = Failures.describe(refused);
        assertTrue(said.startsWith(german), said);
        Texts.use(Locale.ENGLISH);
        assertEquals(refused.getMessage(), Failures.describe(refused));
        Texts.use(Locale.GERMAN);
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
