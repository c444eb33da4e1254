package org.goodenough.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.goodenough.Samples;
import org.goodenough.domain.ImportCount;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Progress;
import org.goodenough.store.Journal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and import on real journal files, through the real migrations. */
class JournalExchangeTest {

    @TempDir
    Path folder;
    private Journal rich;
    private Journal empty;

    @BeforeEach
    void open() {
        rich = Journal.open(folder.resolve("rich.db"));
        RichJournal.fill(rich);
        empty = Journal.open(folder.resolve("empty.db"));
    }

    @AfterEach
    void close() {
        rich.close();
        empty.close();
    }

    @Test
    void aRichJournalComesBackExactlyAsItWasExported() throws Exception {
        Path file = export(rich, ExportFormat.JSON, "journal.json");
        JournalImport importer = new JournalImport(empty.transfer());

        ImportCount count = importer.apply(importer.prepare(file, Progress.NONE), Progress.NONE);

        assertEquals(new ImportCount(2, 5, 2, 1, 0), count);
        assertEquals(Files.readString(file), RichJournal.json(empty));
        assertEquals(rich.exposures().count(JournalSection.DONE), empty.exposures().count(JournalSection.DONE));
    }

    @Test
    void theExportKeepsEveryFieldAndSkippedOnesAsNull() throws Exception {
        String json = RichJournal.json(rich);

        assertTrue(json.startsWith("{\n  \"format\": \"good-enough-journal\",\n  \"formatVersion\": 1,"));
        assertTrue(json.contains("\"exportedAt\": \"2026-11-23T09:30:00.000Z\""));
        assertTrue(json.contains("\"createdAt\": \"2026-10-01T08:00:00.123Z\""), "milliseconds kept");
        assertTrue(json.contains("\"plannedTime\": \"07:05\""));
        assertTrue(json.contains("\"beliefHistory\": [\n"));
        assertTrue(json.contains("\"stakes\": null"), "a skipped value is written as null");
        assertTrue(json.contains(Samples.EMOJI.replace("\"", "\\\"")), "emoji written as they are");
        assertTrue(json.contains(Samples.RIGHT_TO_LEFT));
        assertTrue(json.contains("\"key\": \"builtin:work-typo-in-team-chat\""));
    }

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTime() throws Exception {
        Path file = export(rich, ExportFormat.JSON, "journal.json");
        JournalImport importer = new JournalImport(empty.transfer());
        importer.apply(importer.prepare(file, Progress.NONE), Progress.NONE);
        String once = RichJournal.json(empty);

        ImportPreview second = importer.prepare(file, Progress.NONE);
        ImportCount count = importer.apply(second, Progress.NONE);

        assertFalse(second.addsAnything());
        assertEquals(0, count.added());
        assertEquals(10, count.alreadyThere());
        assertEquals(once, RichJournal.json(empty));
    }

    @Test
    void importIntoAJournalWithItsOwnEntriesKeepsThemAndAddsTheRest() throws Exception {
        Path file = export(rich, ExportFormat.JSON, "journal.json");
        empty.exposures().add(org.goodenough.domain.Plan.of("My own plan"), null,
                java.time.Instant.parse("2026-11-01T10:00:00Z"));
        JournalImport importer = new JournalImport(empty.transfer());

        ImportPreview preview = importer.prepare(file, Progress.NONE);
        importer.apply(preview, Progress.NONE);

        assertEquals("The file holds 5 exposures, 2 ladders and 2 ideas of your own. All of it is"
                + " new to your journal: 5 exposures, 2 ladders and 2 ideas of your own.",
                preview.summary());
        assertTrue(RichJournal.json(empty).contains("My own plan"));
        assertEquals(2, empty.exposures().count(JournalSection.UPCOMING));
    }

    @Test
    void aLadderExportHoldsThatLadderAndItsExposuresOnly() {
        long ladder = rich.ladders().all().stream().filter(l -> l.name().equals("Speaking up"))
                .findFirst().orElseThrow().id();

        String json = RichJournal.exported(rich, ExportFormat.JSON, ladder);

        assertTrue(json.contains("\"scope\": \"ladder\""));
        assertTrue(json.contains("Speaking up"));
        assertFalse(json.contains("Good enough at home"));
        assertFalse(json.contains("dish unwashed"));
        assertTrue(json.contains("\"ownIdeas\": [ ]") || json.contains("\"ownIdeas\": []"));
        assertEquals(2, json.split("\"mistake\"", -1).length - 1);
    }

    @Test
    void csvHasOneQuotedRowPerExposureWithItsReflection() {
        String csv = RichJournal.exported(rich, ExportFormat.CSV, null);

        assertTrue(csv.startsWith("\uFEFFid,ladder,repeatOf,rungPosition,mistake,"));
        List<List<String>> rows = CsvRows.parse(csv.substring(1));
        assertEquals(6, rows.size(), "a header and five exposures");
        rows.forEach(row -> assertEquals(CsvJournalWriter.COLUMNS.size(), row.size()));
        List<String> header = rows.get(0);
        List<String> repeat = rows.get(2);
        assertEquals("Odd, \"quoted\", and, commas\nover two lines", repeat.get(header.indexOf("felt")));
        assertEquals("PARTLY", repeat.get(header.indexOf("outcome")));
        assertEquals(rows.get(1).get(0), repeat.get(header.indexOf("repeatOf")));
        assertEquals("Speaking up", repeat.get(header.indexOf("ladder")));
        assertEquals("'=Leave one dish unwashed", rows.get(3).get(header.indexOf("mistake")),
                "formula-like text is kept as text");
        assertEquals("", rows.get(3).get(header.indexOf("likelihood")));
        assertEquals("'-it is fine", rows.get(5).get(header.indexOf("selfCompassion")));
        assertTrue(csv.contains("\r\n") && !csv.replace("\r\n", "").contains("\r\n"));
    }

    @Test
    void markdownReadsAsAJournal() {
        String md = RichJournal.exported(rich, ExportFormat.MARKDOWN, null);

        assertTrue(md.startsWith("# My Good Enough journal\n\nExported on 23 November 2026, 10:30."));
        assertTrue(md.contains("\n## Ladders\n\n### Speaking up\n"));
        assertTrue(md.contains("\n**What did I learn?**\n\nA typo does not change"));
        assertTrue(md.contains("Odd, \"quoted\", and, commas\\\nover two lines"), md);
        assertTrue(md.contains("\\# Not a heading - \\*just\\* text"));
        assertTrue(md.contains("1\\. They will notice"));
        assertTrue(md.contains("**Distress:** 30 before, 65 at its peak, 10 afterwards"));
        assertTrue(md.contains("A repeat of “Send the team update with one typo left in”."));
        assertFalse(md.contains("null"));
    }

    @Test
    void anEmptyJournalExportsToFilesThatSaySo() throws Exception {
        Path file = export(empty, ExportFormat.JSON, "empty.json");
        JournalImport importer = new JournalImport(rich.transfer());

        ImportPreview preview = importer.prepare(file, Progress.NONE);

        assertEquals("The file holds no exposures, ladders or ideas.", preview.summary());
        assertTrue(RichJournal.exported(empty, ExportFormat.MARKDOWN, null)
                .contains("Nothing is written in this journal yet."));
        assertEquals(1, RichJournal.exported(empty, ExportFormat.CSV, null).split("\r\n").length);
    }

    @Test
    void aCancelledExportLeavesNoFileAndKeepsAnOldOne() throws Exception {
        Path target = folder.resolve("journal.json");
        Files.writeString(target, "an older export");
        Progress cancelSoon = (done, total) -> {
            if (done > 0) {
                throw new CancellationException();
            }
        };
        for (int i = 0; i < 300; i++) {
            rich.exposures().add(org.goodenough.domain.Plan.of("Plan " + i), null,
                    java.time.Instant.parse("2026-11-01T10:00:00Z"));
        }

        assertThrows(CancellationException.class, () -> new JournalExport(rich.transfer(),
                RichJournal.CLOCK).export(ExportFormat.JSON, null, target, cancelSoon));

        assertEquals("an older export", Files.readString(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp"))
                    .toList(), "no unfinished file is left behind");
        }
    }

    @Test
    void aCancelledImportWritesNothing() throws Exception {
        for (int i = 0; i < 500; i++) {
            rich.exposures().add(org.goodenough.domain.Plan.of("Plan " + i), null,
                    java.time.Instant.parse("2026-11-01T10:00:00Z"));
        }
        Path file = export(rich, ExportFormat.JSON, "journal.json");
        JournalImport importer = new JournalImport(empty.transfer());
        ImportPreview preview = importer.prepare(file, Progress.NONE);
        Progress cancelHalfway = (done, total) -> {
            if (done > total / 2) {
                throw new CancellationException();
            }
        };

        assertThrows(CancellationException.class, () -> importer.apply(preview, cancelHalfway));

        assertEquals(0, empty.exposures().count(JournalSection.UPCOMING));
        assertEquals(List.of(), empty.ladders().all());
    }

    @Test
    void exportFilesAreForTheirOwnerOnly() throws Exception {
        Path file = export(rich, ExportFormat.CSV, "journal.csv");

        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("Speaking up"));
    }

    @Test
    void anExportIntoAMissingFolderSaysSoAndWritesNothing() {
        Path target = folder.resolve("no-such-folder").resolve("journal.json");

        ExchangeException e = assertThrows(ExchangeException.class, () -> new JournalExport(
                rich.transfer(), RichJournal.CLOCK).export(ExportFormat.JSON, null, target,
                Progress.NONE));

        assertTrue(e.getMessage().contains("Nothing was written there"), e.getMessage());
    }

    private Path export(Journal journal, ExportFormat format, String name) {
        Path file = folder.resolve(name);
        new JournalExport(journal.transfer(), RichJournal.CLOCK).export(format, null, file,
                Progress.NONE);
        return file;
    }
}
