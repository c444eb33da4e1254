package org.goodenough.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files and folders that only their owner may read (on systems with POSIX permissions), and
 * the steps that put a finished file in place whole: write it under a temporary name beside
 * its place, force it to disk, then rename it in one atomic step.
 */
public final class PrivateFiles {

    private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** An empty, owner-only file with a hidden temporary name in {@code target}'s folder. */
    public static Path createTempBeside(Path target) throws IOException {
        Path folder = target.getParent();
        String prefix = "." + target.getFileName() + ".";
        if (POSIX) {
            return Files.createTempFile(folder, prefix, ".tmp", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(folder, prefix, ".tmp");
    }

    /** Creates {@code folder} for its owner alone, unless it is there already. */
    static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (POSIX) {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(folder);
        }
    }

    /** Creates {@code folder} and any folders missing above it, each for its owner alone. */
    static void createFolders(Path folder) throws IOException {
        Path parent = folder.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createFolders(parent);
        }
        createFolder(folder);
    }

    /**
     * Puts {@code bytes} in place of {@code target} whole, owner-only, creating its folders
     * (owner-only too) as needed; if it fails, {@code target} is as it was.
     */
    static void writeWhole(Path target, byte[] bytes) throws IOException {
        Path temp = null;
        try {
            createFolders(target.getParent());
            temp = createTempBeside(target);
            Files.write(temp, bytes);
            moveIntoPlace(temp, target);
            temp = null;
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** Forces {@code temp} to disk, then renames it to {@code target} in one atomic step. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        force(temp);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        forceFolder(target.getParent());
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename in {@code folder} durable, where the system allows it (not on Windows). */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("This system does not force a folder to disk", e);
        }
    }

    /** Removes a temporary file and whatever SQLite left beside it, if they are there. */
    public static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
            for (String suffix : JournalFiles.SUFFIXES) {
                Files.deleteIfExists(JournalFiles.beside(temp, suffix));
            }
        } catch (IOException e) {
            LOG.warn("A temporary file could not be removed", e);
        }
    }

    /** A new, owner-only folder in the system's temporary folder, named from {@code prefix}. */
    public static Path createTempFolder(String prefix) throws IOException {
        if (POSIX) {
            return Files.createTempDirectory(prefix, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createTempDirectory(prefix);
    }

    /** Removes {@code folder} and everything in it; what cannot be removed is logged and left. */
    public static void deleteTree(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> inside = Files.walk(folder)) {
            for (Path each : inside.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("A temporary folder could not be removed whole", e);
        }
    }
}
