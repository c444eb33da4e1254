package org.goodenough.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void noArgumentsMeansTheDefaultJournal() {
        LaunchOptions options = LaunchOptions.parse();
        assertNull(options.journal());
    }

    @Test
    void journalTakesAPathInEitherForm() {
        assertEquals(Path.of("/tmp/a.db"), LaunchOptions.parse("--journal", "/tmp/a.db").journal());
        assertEquals(Path.of("/tmp/b.db"), LaunchOptions.parse("--journal=/tmp/b.db").journal());
    }

    @Test
    void demoOpensTheDemoJournalAndKeepsTheJournalToReturnTo() {
        assertFalse(LaunchOptions.parse().demo());
        LaunchOptions demo = LaunchOptions.parse("--demo", "--journal", "/tmp/a.db");
        assertTrue(demo.demo());
        assertEquals(Path.of("/tmp/a.db"), demo.journal());
    }

    @Test
    void helpIsRecognised() {
        assertTrue(LaunchOptions.parse("--help").help());
    }

    @Test
    void mistakesOnTheCommandLineAreExplained() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse("--journal"));
        assertTrue(missing.getMessage().contains("--journal needs"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse("--jornal", "x"));
        assertTrue(unknown.getMessage().contains("--jornal"));
    }
}
