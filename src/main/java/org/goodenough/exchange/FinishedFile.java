package org.goodenough.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file so that it appears whole or not at all: the content goes to a hidden file
 * beside the target, readable by its owner only, is forced to disk, and only then takes the
 * target's name. A failure or a cancel on the way removes the hidden file, and whatever stood
 * at the target before stays as it was.
 */
final class FinishedFile {

    private static final Logger LOG = LoggerFactory.getLogger(FinishedFile.class);

    /** Writes the content to the stream it is given. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private FinishedFile() {
    }

    static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part",
                ownerOnly());
        boolean finished = false;
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(partial, target);
            finished = true;
        } finally {
            if (!finished) {
                deleteQuietly(partial);
            }
        }
    }

    private static void move(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return List.of(PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"))).toArray(FileAttribute[]::new);
        }
        return new FileAttribute<?>[0];
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            LOG.warn("Could not remove the unfinished file {}", partial, e);
        }
    }
}
