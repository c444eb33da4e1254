package org.goodenough.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import org.goodenough.domain.Progress;
import org.goodenough.store.TransferRepository;

/**
 * Writes the journal, or one ladder of it, to a file in one of the {@link ExportFormat}s.
 * The file appears only when it is complete; a cancel or a failure leaves no part of it.
 */
public final class JournalExport {

    private final TransferRepository journal;
    private final Clock clock;

    public JournalExport(TransferRepository journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * @param ladderId the ladder to export, or {@code null} for the whole journal
     * @throws java.util.concurrent.CancellationException when cancelled through progress
     * @throws ExchangeException when the file cannot be written
     */
    public void export(ExportFormat format, Long ladderId, Path target, Progress progress) {
        FinishedFile.writeWhole(target, out -> write(format, ladderId, out, progress));
    }

    /** Writes the export to {@code out}, which stays open. */
    public void write(ExportFormat format, Long ladderId, OutputStream out, Progress progress)
            throws IOException {
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        CountingSink sink = format.writer(buffered, clock.instant(), clock.getZone(),
                ladderId == null, progress);
        journal.read(ladderId, sink);
        sink.end();
        buffered.flush();
    }

    /** Why a file could not be written, or read when {@code reading}: a few words. */
    static Phrase reason(Exception e, boolean reading) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String text = cause.getMessage();
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return reading ? Phrase.of("not allowed to read it", "io.notAllowedToRead")
                    : Phrase.of("not allowed to write there", "io.notAllowedToWrite");
        }
        if (cause instanceof java.nio.file.NoSuchFileException) {
            return Phrase.of("the folder does not exist", "io.noFolder");
        }
        // The system's own words, which are the same in every language of the window.
        String said = text == null ? cause.getClass().getSimpleName() : text;
        return Phrase.of(said, "io.other", said);
    }
}
