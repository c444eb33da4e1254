package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteLibraryTest {

    @TempDir
    Path temp;

    private String pathBefore;
    private String nameBefore;

    @BeforeEach
    void forgetTheNamedLibrary() {
        pathBefore = System.clearProperty(SqliteLibrary.PATH_PROPERTY);
        nameBefore = System.clearProperty(SqliteLibrary.NAME_PROPERTY);
    }

    @AfterEach
    void restoreTheNamedLibrary() {
        restore(SqliteLibrary.PATH_PROPERTY, pathBefore);
        restore(SqliteLibrary.NAME_PROPERTY, nameBefore);
    }

    @Test
    void theDriversLibraryIsUnpackedOnceAndNamedToTheDriver() throws Exception {
        Path library = SqliteLibrary.keepIn(temp);

        assertNotNull(library, "this platform's library is in the driver's jar");
        assertTrue(library.startsWith(temp));
        assertArrayEquals(driversOwnCopy(), Files.readAllBytes(library));
        assertEquals(library.getParent().toString(), System.getProperty(SqliteLibrary.PATH_PROPERTY));
        assertEquals(library.getFileName().toString(),
                System.getProperty(SqliteLibrary.NAME_PROPERTY));
        try (Stream<Path> left = Files.list(library.getParent())) {
            assertEquals(List.of(library), left.toList(), "no half-written copy is left beside it");
        }
    }

    @Test
    void aLaterStartUsesTheCopyAlreadyThere() throws Exception {
        Path library = SqliteLibrary.keepIn(temp);
        FileTime written = FileTime.fromMillis(0);
        Files.setLastModifiedTime(library, written);
        System.clearProperty(SqliteLibrary.PATH_PROPERTY);

        assertEquals(library, SqliteLibrary.keepIn(temp));
        assertEquals(written, Files.getLastModifiedTime(library), "not written again");
    }

    @Test
    void anEmptyCopyIsUnpackedAgain() throws Exception {
        Path library = SqliteLibrary.keepIn(temp);
        Files.write(library, new byte[0]);
        System.clearProperty(SqliteLibrary.PATH_PROPERTY);

        assertEquals(library, SqliteLibrary.keepIn(temp));
        assertArrayEquals(driversOwnCopy(), Files.readAllBytes(library));
    }

    @Test
    void theFolderItLoadsFromIsTheOwnersAlone() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path library = SqliteLibrary.copyIn(temp.resolve("wide"));
        Files.delete(library);
        Files.setPosixFilePermissions(library.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));

        SqliteLibrary.copyIn(temp.resolve("wide"));

        assertEquals("rwx------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(library.getParent())));
        assertTrue(Files.isRegularFile(library));
    }

    @Test
    void aLibraryNamedByWhoeverStartedTheAppIsLeftAsItIs() {
        System.setProperty(SqliteLibrary.PATH_PROPERTY, "/opt/good-enough/lib");

        assertNull(SqliteLibrary.keepIn(temp));
        assertEquals("/opt/good-enough/lib", System.getProperty(SqliteLibrary.PATH_PROPERTY));
        assertTrue(isEmpty(temp));
    }

    @Test
    void whenNoCopyCanBeMadeTheDriverIsLeftToFindItsOwn() throws Exception {
        Path inTheWay = Files.writeString(temp.resolve("cache"), "a file, not a folder");

        assertNull(SqliteLibrary.keepIn(inTheWay));
        assertNull(System.getProperty(SqliteLibrary.PATH_PROPERTY));
        assertNull(System.getProperty(SqliteLibrary.NAME_PROPERTY));
    }

    @Test
    void aDamagedCopyCostsTimeNotTheJournal() throws Exception {
        Path library = SqliteLibrary.keepIn(temp);
        Files.writeString(library, "not a library");
        Path out = temp.resolve("out.txt");

        Process child = child(temp, out);

        assertEquals(0, child.waitFor(2, TimeUnit.MINUTES) ? child.exitValue() : -1,
                () -> read(out));
        assertTrue(read(out).contains("journal answers 1"), read(out));
    }

    @Test
    void theDriverLoadsTheKeptCopyAndUnpacksNothingElse() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "needs Linux's /proc");
        Path out = temp.resolve("out.txt");

        Process child = child(temp, out);

        assertEquals(0, child.waitFor(2, TimeUnit.MINUTES) ? child.exitValue() : -1,
                () -> read(out));
        String said = read(out);
        Path kept = SqliteLibrary.keepIn(temp);
        assertTrue(said.contains("journal answers 1"), said);
        assertTrue(said.contains("mapped " + kept.toRealPath()), said);
        assertTrue(isEmpty(temp.resolve("tmp")), "the driver unpacked nothing of its own");
    }

    /** A fresh JVM that keeps the library in {@code folder} and opens a journal, as the app does. */
    private static Process child(Path folder, Path out) throws Exception {
        Path tmp = Files.createDirectories(folder.resolve("tmp"));
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-Dorg.sqlite.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), KeepsAndOpens.class.getName(),
                folder.toString(), folder.resolve("journal.db").toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    }

    /** The child: {@link SqliteLibrary#keepIn}, one query, then the library the process mapped. */
    static final class KeepsAndOpens {
        public static void main(String[] args) throws Exception {
            SqliteLibrary.keepIn(Path.of(args[0]));
            try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + args[1]);
                 Statement statement = connection.createStatement();
                 ResultSet answer = statement.executeQuery("SELECT 1")) {
                answer.next();
                System.out.println("journal answers " + answer.getInt(1));
            }
            Path maps = Path.of("/proc/self/maps");
            if (Files.isReadable(maps)) {
                for (String line : Files.readAllLines(maps)) {
                    if (line.toLowerCase(Locale.ROOT).contains("sqlitejdbc")) {
                        System.out.println("mapped " + line.substring(line.indexOf('/')));
                    }
                }
            }
        }
    }

    private static byte[] driversOwnCopy() throws Exception {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/"
                + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SqliteLibrary.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> inside = Files.list(folder)) {
            return inside.findAny().isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
