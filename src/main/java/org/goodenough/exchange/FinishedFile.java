package org.goodenough.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.goodenough.store.PrivateFiles;
import org.goodenough.store.Reason;

/**
 * Writes a file so that it appears whole or not at all: the content goes to a hidden file
 * beside the target, readable by its owner only, and only when it is complete and on disk does
 * it take the target's name. A failure or a cancel on the way removes the hidden file, and
 * whatever stood at the target before stays as it was.
 */
public final class FinishedFile {

    /** Writes the content to the stream it is given. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private FinishedFile() {
    }

    /**
     * Writes the file whole or not at all, and words a failure for the person.
     *
     * @throws java.util.concurrent.CancellationException when the content is cancelled
     * @throws ExchangeException when the file cannot be written
     */
    public static void writeWhole(Path target, Content content) {
        try {
            write(target, content);
        } catch (IOException | UncheckedIOException e) {
            Phrase why = JournalExport.reason(e, false);
            throw new ExchangeException(Reason.of("export.unwritable", target, why.reason()),
                    "Good Enough could not write " + target + " (" + why.english()
                    + "). Nothing was written there; choose another place.", e);
        }
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
