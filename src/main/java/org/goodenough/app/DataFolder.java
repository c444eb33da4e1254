package org.goodenough.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The per-user folder where the journal and the log live, following each platform's custom:
 * {@code $XDG_DATA_HOME/good-enough} (else {@code ~/.local/share/good-enough}) on Linux,
 * {@code ~/Library/Application Support/Good Enough} on macOS and {@code %APPDATA%\Good Enough}
 * on Windows.
 */
public final class DataFolder {

    static final String JOURNAL_FILE = "journal.db";
    static final String SETTINGS_FILE = "settings.json";
    private static final Set<PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rwx------");

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
            return named(env, "APPDATA", home.resolve("AppData").resolve("Roaming"))
                    .resolve("Good Enough");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Good Enough");
        }
        return named(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share"))
                .resolve("good-enough");
    }

    /**
     * The folder the environment variable {@code variable} names, or {@code otherwise} when it is
     * unset, blank or relative (the XDG spec says to ignore a relative path).
     */
    private static Path named(Map<String, String> env, String variable, Path otherwise) {
        String value = env.get(variable);
        return value == null || value.isBlank() || !Path.of(value).isAbsolute()
                ? otherwise : Path.of(value);
    }

    /**
     * The per-user folder for files the app can make again (SQLite's unpacked library):
     * {@code $XDG_CACHE_HOME/good-enough} (else {@code ~/.cache/good-enough}) on Linux,
     * {@code ~/Library/Caches/Good Enough} on macOS and {@code %LOCALAPPDATA%\Good Enough\Cache}
     * on Windows. Nothing of the journal goes there.
     */
    public static Path cacheForCurrentUser() {
        return resolveCache(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    static Path resolveCache(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return named(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"))
                    .resolve("Good Enough").resolve("Cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Good Enough");
        }
        return named(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve("good-enough");
    }

    public Path path() {
        return path;
    }

    public Path defaultJournal() {
        return path.resolve(JOURNAL_FILE);
    }

    /** The app's own settings (such as the zoom), apart from every journal. */
    public Path settingsFile() {
        return path.resolve(SETTINGS_FILE);
    }

    /**
     * Creates the folder if needed. On POSIX systems only its owner may enter it, and any
     * folder created on the way gets the same (as the XDG spec asks); a data folder already
     * there with wider permissions is narrowed, since it holds the journal, its backups and the
     * log, and is Good Enough's own by its name. The log's files are made owner-only by
     * {@link PrivateLogAppender}.
     */
    public DataFolder create() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.setPosixFilePermissions(path, OWNER_ONLY);
        } else {
            Files.createDirectories(path);
        }
        return this;
    }
}
