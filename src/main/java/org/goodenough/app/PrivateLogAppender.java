package org.goodenough.app;

import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The log file, rolled as logback rolls it, but readable by its owner alone on POSIX systems.
 * Logback creates files with the process's umask, which Java cannot set; so each log file is
 * created owner-only here just before logback opens it (a file already there is narrowed), and
 * a roll renames files, which keeps their permissions. The log is written only into a folder
 * that no one else may enter, such as the data folder: anywhere else (the shared temporary
 * folder, when the data folder could not be made) this appender does not start, and warnings
 * reach the console alone.
 *
 * <p>With {@link LogSetup}, the only class that knows logback; everything else logs through SLF4J.
 */
public final class PrivateLogAppender<E> extends RollingFileAppender<E> {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rw-------");

    @Override
    public void start() {
        String file = getFile();
        if (file == null || !inPrivateFolder(Path.of(file).toAbsolutePath())) {
            addInfo("No log file: " + file + " is not in a folder that only its owner may enter");
            return;
        }
        super.start();
    }

    @Override
    public void openFile(String fileName) throws IOException {
        if (POSIX) {
            Path file = Path.of(fileName);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException e) {
                // Left by an earlier run: narrowed, or refused if it belongs to someone else.
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        }
        super.openFile(fileName);
    }

    static boolean inPrivateFolder(Path file) {
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return false;
        }
        if (!POSIX) {
            return true;
        }
        try {
            return Files.getPosixFilePermissions(folder).stream()
                    .allMatch(permission -> permission.name().startsWith("OWNER_"));
        } catch (IOException e) {
            return false;
        }
    }
}
