package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before a journal is upgraded to a newer schema, a copy of it as it was is kept. */
class UpgradeBackupTest {

    @TempDir
    Path folder;

    @Test
    void aVersionTwoJournalIsCopiedAsItWasBeforeItIsUpgraded() throws Exception {
        Path file = folder.resolve("journal.db");
        TestJournals.versionTwo(file);

        Database.open(file).close();

        List<Backup> backups = new Backups(file, ZoneOffset.UTC).list();
        assertEquals(1, backups.size());
        Backup before = backups.get(0);
        assertEquals(BackupKind.BEFORE_MIGRATION, before.kind());
        assertTrue(before.file().getFileName().toString().endsWith("-before-upgrade.sqlite"));
        JournalHealth copy = JournalHealth.inspect(before.file());
        assertEquals(2, copy.schemaVersion(), "the copy is the journal before the upgrade");
        assertTrue(copy.ours() && copy.whole());
        assertEquals("Hand in the essay a day early", mistakeSeven(before.file()));
        assertEquals(Migrations.LATEST, JournalHealth.inspect(file).schemaVersion());
    }

    @Test
    void aNewJournalOrOneAlreadyUpToDateNeedsNoCopy() {
        Path file = folder.resolve("journal.db");
        Database.open(file).close();
        Database.open(file).close();
        assertFalse(Files.exists(folder.resolve("backups")));
    }

    @Test
    void whenNoCopyCanBeMadeTheJournalIsNotUpgraded() throws Exception {
        Path file = folder.resolve("journal.db");
        TestJournals.versionTwo(file);
        Files.writeString(folder.resolve("backups"), "a file where the backups folder would go");
        byte[] before = Files.readAllBytes(file);

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file));

        assertTrue(refused.getMessage().contains("was not updated and has not been changed"),
                refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(2, JournalHealth.inspect(file).schemaVersion());
    }

    private static String mistakeSeven(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toUri()
                + "?immutable=1");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT mistake FROM exposure WHERE id = 7")) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
