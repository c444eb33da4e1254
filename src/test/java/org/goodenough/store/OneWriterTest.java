package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.goodenough.domain.JournalSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal is written from one window at a time: a second one is told so and writes nothing. */
class OneWriterTest {

    @TempDir
    Path folder;

    @Test
    void aSecondOpenInTheSameProgramIsRefusedUntilTheFirstCloses() throws Exception {
        Path file = folder.resolve("journal.db");
        try (Journal first = Journal.open(file)) {
            TestJournals.addPlans(first, "First", 2);
            JournalInUseException refused = assertThrows(JournalInUseException.class,
                    () -> Journal.open(file));
            assertTrue(refused.getMessage().contains("open in another Good Enough window"),
                    refused.getMessage());
            // The first window goes on saving as before.
            TestJournals.addPlans(first, "Still", 1);
        }
        try (Journal again = Journal.open(file)) {
            assertEquals(3, again.exposures().count(JournalSection.UPCOMING));
        }
    }

    @Test
    void anotherProgramHoldingTheJournalKeepsThisOneFromWritingAnything() throws Exception {
        Path file = folder.resolve("journal.db");
        Process holder = hold(file);
        try {
            byte[] before = Files.readAllBytes(file);
            List<String> filesBefore = names();

            assertThrows(JournalInUseException.class, () -> Journal.open(file));

            assertArrayEquals(before, Files.readAllBytes(file), "the second writer changed the file");
            assertEquals(filesBefore, names(), "the second writer made or removed files");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        // Killed, it let go of the lock: the journal opens, with what it saved.
        try (Journal journal = Journal.open(file)) {
            assertEquals(1, journal.exposures().count(JournalSection.UPCOMING));
        }
    }

    @Test
    void aRestoreWaitsForNobodyElseToHoldTheJournal() throws Exception {
        Path file = folder.resolve("journal.db");
        TestJournals.addPlans(file, "Kept", 1);
        Backup backup;
        try (Journal journal = Journal.open(file)) {
            backup = new Backups(file, java.time.ZoneOffset.UTC)
                    .make(journal, BackupKind.MANUAL, TestJournals.WRITTEN);
            assertThrows(JournalInUseException.class, () -> org.goodenough.planner.JournalBackups
                    .restore(file, backup, java.time.Clock.systemUTC()));
        }
    }

    private Process hold(Path file) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldJournal.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader said = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = said.readLine();
        if (!"open".equals(line)) {
            process.destroyForcibly();
            throw new AssertionError("The holding program did not open the journal: " + line);
        }
        return process;
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
