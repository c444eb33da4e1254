package org.goodenough.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import org.goodenough.domain.JournalSection;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PlanInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands for scripts, on real journal files: what they print and how they exit. */
class CommandLineTest {

    @TempDir
    Path folder;
    private Path journal;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void journalWithTwoPlans() {
        journal = folder.resolve("journal.db");
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            session.planner().plan(PlanInput.of("Send the email with a typo"));
            session.planner().plan(PlanInput.of("Leave one dish unwashed"));
        }
    }

    @Test
    void exportWritesEachFormatAndImportBringsItBackOnce() throws Exception {
        for (String format : new String[] {"json", "csv", "md"}) {
            Path file = folder.resolve("out." + format);
            assertEquals(0, run("export", "--journal", journal.toString(), "--format", format,
                    "--out", file.toString()), err::toString);
            assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("dish unwashed"));
        }
        Path other = folder.resolve("other.db");

        assertEquals(0, run("import", "--journal=" + other, folder.resolve("out.json").toString()));
        assertEquals(0, run("import", "--journal=" + other, folder.resolve("out.json").toString()));

        assertTrue(out.toString().contains("2 new records"), out.toString());
        assertTrue(out.toString().contains("0 new records"), out.toString());
        try (JournalSession session = JournalSession.open(other, Clock.systemDefaultZone())) {
            assertEquals(2, session.planner().count(JournalSection.UPCOMING));
        }
    }

    @Test
    void aRefusedImportSaysWhereOnOneLineAndExitsWithOne() throws Exception {
        Path spoiled = folder.resolve("spoiled.json");
        Files.writeString(spoiled, "{\"format\": \"good-enough-journal\", \"formatVersion\": 1,\n"
                + " \"exposures\": [{\"id\": \"a\", \"mistake\": \"x\", \"status\": \"DONE\","
                + " \"likelihood\": 140}]}");

        assertEquals(1, run("import", "--journal", journal.toString(), spoiled.toString()));

        String reason = err.toString();
        assertTrue(reason.startsWith("good-enough: Line 2"), reason);
        assertTrue(reason.contains("exposures[0].likelihood"), reason);
        assertEquals(1, reason.lines().count(), "one line on standard error");
        assertEquals("", out.toString());
    }

    @Test
    void backupMakesAWholeCopyAndCheckSaysItIsWhole() {
        Path copy = folder.resolve("copy.db");

        assertEquals(0, run("backup", "--journal", journal.toString(), "--out", copy.toString()));
        assertEquals(0, run("check", "--journal", copy.toString()));

        assertTrue(out.toString().contains("ok: " + copy + " is whole"), out.toString());
        try (JournalSession session = JournalSession.open(copy, Clock.systemDefaultZone())) {
            assertEquals(2, session.planner().count(JournalSection.UPCOMING));
        }
        assertEquals(1, run("backup", "--journal", journal.toString(), "--out", copy.toString()),
                "an existing file is never overwritten");
    }

    @Test
    void checkFindsADamagedJournalAndANonJournalAndChangesNeither() throws Exception {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        byte[] before = Files.readAllBytes(journal);
        Path text = folder.resolve("notes.txt");
        Files.writeString(text, "Dear diary".repeat(500));

        assertEquals(1, run("check", "--journal", journal.toString()));
        assertEquals(1, run("check", "--journal", text.toString()));

        assertTrue(err.toString().contains("is damaged"), err.toString());
        assertTrue(err.toString().contains("not a SQLite database"), err.toString());
        assertArrayEquals(before, Files.readAllBytes(journal));
    }

    @Test
    void usageMistakesExitWithTwoAndHelpWithZero() {
        assertEquals(2, run("export", "--journal", journal.toString(), "--format", "xml",
                "--out", "x"));
        assertEquals(2, run("export", "--journal", journal.toString(), "--out", "x"));
        assertEquals(2, run("import", "--journal", journal.toString()));
        assertEquals(2, run("check", "--colour", "blue"));
        assertEquals(1, run("export", "--journal", folder.resolve("none.db").toString(),
                "--format", "json", "--out", folder.resolve("x.json").toString()));
        assertFalse(Files.exists(folder.resolve("none.db")), "reading commands create nothing");
        for (String command : CommandLine.COMMANDS) {
            out.reset();
            assertEquals(0, run(command, "--help"));
            assertTrue(out.toString().startsWith("Usage: good-enough " + command), out.toString());
        }
    }

    @Test
    void theDefaultJournalIsUsedWithoutJournal() {
        assertEquals(0, run("check"));
        assertTrue(out.toString().contains(journal.toString()));
    }

    private int run(String... args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), journal,
                Clock.systemDefaultZone()).run(args);
    }

    private static void assertArrayEquals(byte[] expected, byte[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
    }
}
