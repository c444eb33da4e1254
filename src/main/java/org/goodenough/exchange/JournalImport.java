package org.goodenough.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.goodenough.domain.ImportCount;
import org.goodenough.domain.PortableJournal;
import org.goodenough.domain.Progress;
import org.goodenough.store.KnownIds;
import org.goodenough.store.Reason;
import org.goodenough.store.TransferRepository;

/**
 * Brings a JSON export into the journal in two steps: {@link #prepare} reads and checks the
 * whole file without writing anything; {@link #apply} then adds what is new in one
 * transaction. Records the journal holds already are left as they are, so importing the same
 * file twice adds nothing the second time.
 */
public final class JournalImport {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final TransferRepository journal;

    public JournalImport(TransferRepository journal) {
        this.journal = journal;
    }

    /**
     * Reads and checks the whole file; nothing is written.
     *
     * @throws ImportRefusedException when the file is not a sound export, naming where
     * @throws ExchangeException      when the file cannot be read
     * @throws java.util.concurrent.CancellationException when cancelled through progress
     */
    public ImportPreview prepare(Path file, Progress progress) {
        long size = size(file);
        try (CountingInput counted = new CountingInput(Files.newInputStream(file));
             JsonParser parser = FACTORY.createParser(new BufferedInputStream(counted, 1 << 16))) {
            JsonJournalReader.ReadFile read = new JsonJournalReader(parser,
                    () -> progress.update(counted.count, size)).read();
            KnownIds known = journal.knownIds();
            ImportChecks checks = new ImportChecks(read, known);
            checks.check();
            PortableJournal content = new PortableJournal(read.ladders, checks.inSeriesOrder(),
                    read.ideas, read.hiddenIdeas);
            progress.update(size, size);
            return new ImportPreview(file, content,
                    (int) read.ladders.stream().filter(l -> !known.ladders().contains(l.uid())).count(),
                    (int) read.exposures.stream()
                            .filter(e -> !known.exposures().containsKey(e.uid())).count(),
                    (int) read.ideas.stream().filter(i -> !known.ideas().contains(i.uid())).count());
        } catch (JsonProcessingException e) {
            throw refusal(e);
        } catch (CharConversionException e) {
            throw new ImportRefusedException(new FilePlace(0, 0, ""), Reason.of("import.notUtf8"),
                    "The file is not written in"
                    + " UTF-8 text, so it cannot be a Good Enough export.");
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Adds what the file holds that the journal does not, in one transaction. A cancel
     * through {@code progress} leaves the journal as it was.
     */
    public ImportCount apply(ImportPreview preview, Progress progress) {
        return journal.write(preview.content(), progress);
    }

    private static long size(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new ExchangeException(Reason.of("import.folder", file),
                        file + " is a folder. Choose an exported .json file.");
            }
            return Math.max(1, Files.size(file));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static ImportRefusedException refusal(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        FilePlace place = at == null ? new FilePlace(0, 0, "")
                : new FilePlace(Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), "");
        String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines()
                .findFirst().orElse("");
        if (e instanceof JsonEOFException) {
            return new ImportRefusedException(place, Reason.of("import.cutOff"),
                    "The file ends too soon, as if it had been"
                    + " cut off. It may not have been copied completely.");
        }
        if (detail.startsWith("Duplicate field")) {
            String field = detail.substring("Duplicate field ".length());
            return new ImportRefusedException(place, Reason.of("import.fieldTwice", field),
                    "A field appears twice in the same object (" + field + "); each may appear"
                    + " once.");
        }
        if (e instanceof StreamConstraintsException) {
            return new ImportRefusedException(place, Reason.of("import.tooLarge", detail),
                    "Part of the file is far larger or deeper than any export: " + detail);
        }
        if (e instanceof JsonParseException) {
            return new ImportRefusedException(place, Reason.of("import.notJson", detail),
                    "The file is not well-formed JSON here ("
                    + detail + "). It may be damaged, or not an export.");
        }
        return new ImportRefusedException(place, Reason.of("import.notReadable", detail),
                "The file could not be read as JSON: " + detail);
    }

    private static ExchangeException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ExchangeException(Reason.of("import.noFile", file),
                    "There is no file at " + file + ".", e);
        }
        Phrase why = JournalExport.reason(e, true);
        return new ExchangeException(Reason.of("import.unreadable", file, why.reason()),
                "Good Enough could not read " + file + " (" + why.english()
                + "). Your journal is unchanged.", e);
    }

    /** Counts the bytes read, for progress through the file. */
    private static final class CountingInput extends FilterInputStream {

        private long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }
}
