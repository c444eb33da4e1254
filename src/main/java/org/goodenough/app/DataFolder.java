package org.goodenough.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folder where the journal and the log live, following each platform's custom:
 * {@code $XDG_DATA_HOME/good-enough} (else {@code ~/.local/share/good-enough}) on Linux,
 * {@code ~/Library/Application Support/Good Enough} on macOS and {@code %APPDATA%\Good Enough}
 * on Windows.
 */
public final class DataFolder {

    static final String JOURNAL_FILE = "journal.db";
    /** The name logback.xml writes the log to, in this folder. */
    static final String LOG_FILE = "good-enough.log";

    private final Path path;

    private DataFolder(Path path) {
        this.path = path;
    }

    /** The folder for this user on this platform. */
    public static DataFolder forCurrentUser() {
        return new DataFolder(resolve(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home"))));
    }

    /** A data folder at a chosen place, for tests and tools. */
    static DataFolder at(Path path) {
        return new DataFolder(path);
    }

    static Path resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Good Enough");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Good Enough");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says to ignore a relative path.
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("good-enough");
    }

    public Path path() {
        return path;
    }

    public Path defaultJournal() {
        return path.resolve(JOURNAL_FILE);
    }

    public Path logFile() {
        return path.resolve(LOG_FILE);
    }

    /**
     * Creates the folder if needed; on POSIX systems only its owner may enter it, and the log
     * file is created readable by its owner alone before anything writes to it.
     */
    public DataFolder create() throws IOException {
        Files.createDirectories(path);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
            if (Files.notExists(logFile())) {
                Files.createFile(logFile(), PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            }
        }
        return this;
    }
}
