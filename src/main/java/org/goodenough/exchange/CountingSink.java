package org.goodenough.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.goodenough.domain.HiddenIdea;
import org.goodenough.domain.PortableExposure;
import org.goodenough.domain.PortableIdea;
import org.goodenough.domain.PortableLadder;
import org.goodenough.domain.Progress;
import org.goodenough.store.PortableSink;

/**
 * An export format: writes each record as it comes and reports progress as it goes, so a
 * cancel stops it between two records.
 */
abstract class CountingSink implements PortableSink {

    /** How often, in records, progress is reported. */
    private static final int STEP = 100;

    private final Progress progress;
    private long total;
    private long done;

    CountingSink(Progress progress) {
        this.progress = progress;
    }

    @Override
    public final void begin(long records) {
        total = records;
        progress.update(0, total);
        io(this::start);
    }

    @Override
    public final void ladder(PortableLadder ladder) {
        io(() -> writeLadder(ladder));
        step();
    }

    @Override
    public final void exposure(PortableExposure exposure) {
        io(() -> writeExposure(exposure));
        step();
    }

    @Override
    public final void idea(PortableIdea idea) {
        io(() -> writeIdea(idea));
        step();
    }

    @Override
    public final void hiddenIdea(HiddenIdea idea) {
        io(() -> writeHiddenIdea(idea));
        step();
    }

    /** Ends the file after the last record. */
    final void end() {
        io(this::finish);
        progress.update(total, total);
    }

    abstract void start() throws IOException;

    abstract void writeLadder(PortableLadder ladder) throws IOException;

    abstract void writeExposure(PortableExposure exposure) throws IOException;

    void writeIdea(PortableIdea idea) throws IOException {
        // Formats about exposures leave the idea library out.
    }

    void writeHiddenIdea(HiddenIdea idea) throws IOException {
        // as above
    }

    abstract void finish() throws IOException;

    private void step() {
        done++;
        if (done % STEP == 0) {
            progress.update(done, total);
        }
    }

    private interface Output {
        void write() throws IOException;
    }

    private static void io(Output output) {
        try {
            output.write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
