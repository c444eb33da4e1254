package org.goodenough.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.goodenough.DayClock;
import org.goodenough.domain.Draft;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Progress;
import org.goodenough.exchange.ExportFormat;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.DistressInput;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PlanInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On POSIX systems everything Good Enough writes into its data folder is its owner's alone:
 * folders rwx------ and files rw-------, the journal's -wal and -shm, backups, drafts, exports,
 * the app's settings and the log with its rolled files included. The log is written through the
 * app's own logging set-up, {@link LogSetup}.
 */
class PrivateDataTest {

    private static final String OWNER_FOLDER = "rwx------";
    private static final String OWNER_FILE = "rw-------";

    @TempDir
    Path temp;
    private LoggerContext logging;

    @BeforeEach
    void posixWithAWideUmask() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "permissions are POSIX ones");
        Path plain = Files.createFile(temp.resolve("plain"));
        assumeTrue(!permissions(plain).equals(OWNER_FILE),
                "the umask already keeps every new file private, so nothing could tell the two apart");
        Files.delete(plain);
    }

    @AfterEach
    void stopLogging() {
        if (logging != null) {
            logging.stop();
        }
    }

    @Test
    void everythingWrittenIntoTheDataFolderIsTheOwnersAlone() throws Exception {
        DataFolder folder = DataFolder.at(temp.resolve("share/good-enough")).create();
        Logger log = appLogging(folder.path());
        Map<String, String> found;
        try (JournalSession session = JournalSession.open(folder.defaultJournal(),
                new DayClock("2026-11-02T09:00:00Z"))) {
            Exposure planned = session.planner().plan(PlanInput.of("Send the update with a typo"));
            session.planner().markDone(planned.id(), new DistressInput("40", "60", "20"));
            session.backups().backUpNow();
            session.drafts().keep(new Draft("plan", null, Instant.parse("2026-11-02T09:05:00Z"),
                    Map.of("mistake", "Leave the bed unmade")));
            session.export().export(ExportFormat.JSON, null, folder.path().resolve("export.json"),
                    Progress.NONE);
            for (int roll = 0; roll < 4; roll++) {
                log.info("A line before roll {}", roll);
                ((RollingFileAppender<?>) rootLogger().getAppender("FILE")).rollover();
            }
            log.info("A line after the rolls");
            AppPreferences.at(folder.settingsFile()).save(new AppPreferences.AppSettings(150));
            // Read while the journal is open, so its -wal and -shm are there too.
            found = permissionsUnder(folder.path());
        }

        assertEquals(OWNER_FOLDER, permissions(folder.path()));
        for (String expected : new String[] {"journal.db", "journal.db-wal", "journal.db-shm",
                "backups", "drafts", "export.json", "good-enough.log", "good-enough.1.log",
                "good-enough.2.log", "good-enough.3.log", "settings.json"}) {
            assertTrue(found.containsKey(expected), expected + " is among " + found.keySet());
        }
        assertTrue(found.keySet().stream().anyMatch(name -> name.startsWith("backups/journal-")),
                "a backup file in " + found.keySet());
        assertTrue(found.keySet().stream().anyMatch(name -> name.startsWith("drafts/")),
                "a draft file in " + found.keySet());
        found.forEach((name, permissions) -> assertEquals(
                Files.isDirectory(folder.path().resolve(name)) ? OWNER_FOLDER : OWNER_FILE,
                permissions, name));
        assertTrue(Files.readString(folder.path().resolve("good-enough.log"))
                .contains("A line after the rolls"));
    }

    @Test
    void aDataFolderAlreadyThereWithWiderPermissionsIsNarrowed() throws Exception {
        Path path = temp.resolve("good-enough");
        Files.createDirectory(path, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));

        DataFolder.at(path).create();

        assertEquals(OWNER_FOLDER, permissions(path));
    }

    @Test
    void foldersMadeOnTheWayToTheDataFolderAreTheOwnersToo() throws Exception {
        DataFolder.at(temp.resolve("home/.local/share/good-enough")).create();

        assertEquals(OWNER_FOLDER, permissions(temp.resolve("home/.local")));
        assertEquals(OWNER_FOLDER, permissions(temp.resolve("home/.local/share")));
    }

    @Test
    void aLogFileLeftWithWiderPermissionsIsNarrowedWhenTheLogOpens() throws Exception {
        DataFolder folder = DataFolder.at(temp.resolve("good-enough")).create();
        Path old = Files.createFile(folder.path().resolve("good-enough.log"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

        appLogging(folder.path()).info("Opened");

        assertEquals(OWNER_FILE, permissions(old));
        assertTrue(Files.readString(old).contains("Opened"));
    }

    /** Such as the shared temporary folder, where the log goes when there is no data folder. */
    @Test
    void noLogFileIsWrittenIntoAFolderOthersMayEnter() throws Exception {
        Path shared = Files.createDirectory(temp.resolve("shared"), PosixFilePermissions
                .asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

        appLogging(shared).info("Nowhere to write this");

        assertFalse(rootLogger().getAppender("FILE").isStarted());
        try (Stream<Path> files = Files.list(shared)) {
            assertEquals(0, files.count());
        }
    }

    /** Logback set up as the app sets it up (LogSetup), writing into {@code folder}. */
    private Logger appLogging(Path folder) throws Exception {
        logging = new LoggerContext();
        logging.setMDCAdapter(new LogbackMDCAdapter());
        logging.putProperty("goodenough.logdir", folder.toString());
        LogSetup.apply(logging);
        return logging.getLogger("org.goodenough.app.PrivateDataTest");
    }

    private Logger rootLogger() {
        return logging.getLogger(Logger.ROOT_LOGGER_NAME);
    }

    /** Every file and folder under {@code root}, by its path relative to it. */
    private static Map<String, String> permissionsUnder(Path root) throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(path -> !path.equals(root)).toList()) {
                found.put(root.relativize(path).toString(), permissions(path));
            }
        }
        return found;
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
