package org.goodenough.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Plan;

/** Real journal files for the backup and damage tests, made through the real migrations. */
final class TestJournals {

    static final Instant WRITTEN = Instant.parse("2026-11-02T09:00:00Z");

    private TestJournals() {
    }

    /** Opens or creates {@code file} and adds plans named "{@code prefix} 1" to "… count". */
    static void addPlans(Path file, String prefix, int count) {
        try (Journal journal = Journal.open(file)) {
            addPlans(journal, prefix, count);
        }
    }

    static void addPlans(Journal journal, String prefix, int count) {
        for (int i = 1; i <= count; i++) {
            journal.exposures().add(Plan.of(prefix + " " + i), null, WRITTEN);
        }
    }

    /**
     * A journal at {@code file} with {@code count} planned exposures named "{@code prefix} 1" to
     * "… count", written in one transaction after the real migrations made the file, and closed.
     */
    static Path withManyPlans(Path file, String prefix, int count) throws Exception {
        Database.open(file).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("""
                    INSERT INTO exposure (uid, mistake, status, created_at, updated_at)
                    VALUES (?, ?, 'PLANNED', '2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00.000Z')
                    """)) {
                for (int i = 1; i <= count; i++) {
                    insert.setString(1, "uid-" + i);
                    insert.setString(2, prefix + " " + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }
        return file;
    }

    /** Every planned exposure of the journal at {@code file}, read through a real open. */
    static List<Exposure> plans(Path file) {
        try (Journal journal = Journal.open(file)) {
            return plans(journal);
        }
    }

    static List<Exposure> plans(Journal journal) {
        return journal.exposures().list(JournalSection.UPCOMING, 0, 100_000);
    }

    /** The plans of a backup, read from a copy so that the backup itself is never opened. */
    static List<Exposure> plansIn(Backup backup, Path scratch) throws IOException {
        Path copy = Files.createTempDirectory(scratch, "read").resolve("copy.db");
        Files.copy(backup.file(), copy);
        return plans(copy);
    }

    /**
     * Copies the open journal {@code live} to {@code copy} as a crash would leave it: what was
     * saved since it opened is still only in the -wal file, which is copied beside it.
     */
    static void crashCopy(Journal live, Path copy) throws IOException {
        Files.copy(live.file(), copy);
        Files.copy(Path.of(live.file() + "-wal"), Path.of(copy + "-wal"));
    }

    /** A journal as version 2 of the app left it, made by hand, holding one exposure. */
    static void versionTwo(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (int version = 1; version <= 2; version++) {
                try (var script = TestJournals.class.getResourceAsStream(
                        "/org/goodenough/store/migrations/" + version + ".sql")) {
                    statement.executeUpdate(new String(script.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            statement.executeUpdate("PRAGMA user_version = 2");
            statement.executeUpdate("""
                    INSERT INTO exposure (id, uid, mistake, status, created_at, updated_at)
                    VALUES (7, 'u7', 'Hand in the essay a day early', 'PLANNED',
                            '2026-09-30T10:00:00.000Z', '2026-09-30T10:00:00.000Z')
                    """);
        }
    }

    /**
     * Overwrites the b-tree page header and cell pointers of the page that holds {@code text},
     * as a failing disk might: the file stays a SQLite database, but that page is broken.
     */
    static void breakPageHolding(Path file, String text) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(text);
        if (at < 0) {
            throw new IllegalStateException(text + " is not in the file");
        }
        int pageSize = pageSize(bytes);
        long pageStart = (long) at / pageSize * pageSize;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(pageStart);
            byte[] noise = new byte[24];
            Arrays.fill(noise, (byte) 0xA5);
            raf.write(noise);
        }
    }

    /**
     * Changes the one byte at {@code index} of {@code text} in the file to an X: every page stays
     * readable, but a record changed so no longer matches its index, which only a full check
     * notices.
     */
    static void changeByteOf(Path file, String text, int index) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(text);
        if (at < 0) {
            throw new IllegalStateException(text + " is not in the file");
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(at + index);
            raf.write('X');
        }
    }

    static int pageSize(byte[] bytes) {
        int size = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
        return size == 1 ? 65_536 : size;
    }

    /**
     * The names of the files in {@code folder}, but for the lock files that opening a journal
     * leaves beside it (see {@link JournalLock}): they hold nothing of the journal.
     */
    static Set<String> names(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> !(name.startsWith(".") && name.endsWith(".lock")))
                    .forEach(names::add);
        }
        return Set.copyOf(names);
    }
}
