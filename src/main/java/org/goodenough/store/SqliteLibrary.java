package org.goodenough.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, unpacked once and kept. Left to itself, the driver unpacks its
 * library from the jar into the temporary folder at every start (about a megabyte, compared
 * byte by byte with any copy already there, after asking the system its name in a child
 * process) before the journal can open. Here it is unpacked once per driver version and
 * platform into a folder of the app's own, and the driver is told to load it from there. If
 * the driver cannot load that copy, it unpacks its own as before, so a damaged copy costs time,
 * never the journal.
 */
public final class SqliteLibrary {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    /** The driver's own build description, which names its release (such as 3.54.1.0). */
    private static final String DRIVER_RESOURCE =
            "/META-INF/maven/org.xerial/sqlite-jdbc/pom.properties";

    private SqliteLibrary() {
    }

    /**
     * Has the driver load its library from a copy in {@code folder}, unpacking it there first if
     * this driver's copy is not there yet. Does nothing when whoever started the app already named
     * a library (with {@code -Dorg.sqlite.lib.path}), or when the copy cannot be made: the driver
     * then finds its library its own way. Call it before the first connection.
     *
     * @return the library the driver will load, or {@code null} when it is left to the driver
     */
    public static Path keepIn(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return null;
        }
        try {
            String version = driverVersion();
            String platform = platform();
            if (version == null || platform == null) {
                return null;
            }
            Path library = copyIn(folder.resolve(plain("sqlite-" + version + "-" + platform)));
            if (library == null) {
                return null;
            }
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
            return library;
        } catch (IOException | RuntimeException e) {
            // Not a reason to stop: the driver unpacks its own copy, as it always did.
            return null;
        }
    }

    /**
     * The driver's library for this platform in {@code folder}, unpacked there first if it is not
     * there yet (the folder is made, its owner's alone); {@code null} if the driver has no library
     * for this platform. The caller names it to the driver (or to a process it starts).
     */
    public static Path copyIn(Path folder) throws IOException {
        Path library = folder.resolve(LibraryLoaderUtil.getNativeLibName());
        if (Files.isRegularFile(library) && Files.size(library) > 0) {
            return library;
        }
        return unpack(folder, library) ? library : null;
    }

    /**
     * The platform the driver picks its library for, told apart as the driver tells it apart;
     * null where that takes more than the system's name and processor (32-bit ARM, whose
     * variants the driver asks the system about), which is left to the driver.
     */
    private static String platform() {
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        if (arch.toLowerCase(Locale.ROOT).startsWith("arm")) {
            return null;
        }
        if (os.toLowerCase(Locale.ROOT).startsWith("linux") && isMusl()) {
            return os + "-musl-" + arch;
        }
        return os + "-" + arch;
    }

    /**
     * Whether this process runs on musl (Alpine, say), for which the driver has libraries of
     * their own: musl's loader is then mapped into it. One read of a small file, where the
     * driver's own test resolves every mapped file.
     */
    private static boolean isMusl() {
        try {
            return Files.readString(Path.of("/proc/self/maps"), StandardCharsets.ISO_8859_1)
                    .contains("/ld-musl-");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String driverVersion() throws IOException {
        try (InputStream in = SqliteLibrary.class.getResourceAsStream(DRIVER_RESOURCE)) {
            if (in == null) {
                return null;
            }
            Properties driver = new Properties();
            driver.load(in);
            String version = driver.getProperty("version", "").trim();
            return version.isEmpty() ? null : version;
        }
    }

    /** Writes the library beside its final name and moves it there whole, so no start sees half. */
    private static boolean unpack(Path kept, Path library) throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + library.getFileName();
        try (InputStream in = SqliteLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            createOwnerOnly(kept);
            Path part = Files.createTempFile(kept, "unpacking-", ".part");
            try {
                // On disk before it gets its name, so a crash or a power cut never leaves a
                // library cut short under the name the driver loads.
                try (FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE)) {
                    in.transferTo(Channels.newOutputStream(out));
                    out.force(true);
                }
                move(part, library);
            } finally {
                Files.deleteIfExists(part);
            }
        }
        return Files.isRegularFile(library);
    }

    private static void move(Path part, Path library) throws IOException {
        try {
            Files.move(part, library, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, library);
        } catch (IOException e) {
            // Another start of the app put the same library there first (and may be using it).
            if (!Files.isRegularFile(library)) {
                throw e;
            }
        }
    }

    private static void createOwnerOnly(Path folder) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(ownerOnly));
            // Only the owner may put a library where the app loads one from.
            Files.setPosixFilePermissions(folder, ownerOnly);
        } else {
            Files.createDirectories(folder);
        }
    }

    /** A folder name from the driver's version and the platform, in letters a file system takes. */
    private static String plain(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
    }
}
