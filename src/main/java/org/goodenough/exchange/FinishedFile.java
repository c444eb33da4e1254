package org.goodenough.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.goodenough.store.PrivateFiles;

/**
 * Writes a file so that it appears whole or not at all: the content goes to a hidden file
 * beside the target, readable by its owner only, and only when it is complete and on disk does
 * it take the target's name. A failure or a cancel on the way removes the hidden file, and
 * whatever stood at the target before stays as it was.
 */
final class FinishedFile {

    /** Writes the content to the stream it is given. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private FinishedFile() {
    }

    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = PrivateFiles.createTempBeside(absolute);
        boolean finished = false;
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            PrivateFiles.moveIntoPlace(partial, absolute);
            finished = true;
        } finally {
            if (!finished) {
                PrivateFiles.deleteQuietly(partial);
            }
        }
    }
}
