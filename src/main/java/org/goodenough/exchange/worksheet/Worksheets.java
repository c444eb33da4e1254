package org.goodenough.exchange.worksheet;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.goodenough.domain.BeliefRating;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Progress;
import org.goodenough.domain.Rung;
import org.goodenough.exchange.FinishedFile;

/**
 * Printable worksheets as PDF files: a blank one to fill in by hand, one exposure with
 * everything it holds, or a whole ladder. Each file appears whole or not at all; a cancel or a
 * failure leaves nothing at the target, and whatever stood there before stays as it was.
 *
 * <p>PDFBox is loaded only when a worksheet is written, never when this class is made, so
 * start-up does not wait for it.
 */
public final class Worksheets {

    private static final String FOOTER = "Good Enough · a planned mistake worksheet";

    private final ZoneId zone;

    /** @param zone the person's time zone, for the days shown */
    public Worksheets(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @throws java.util.concurrent.CancellationException when cancelled through progress
     * @throws org.goodenough.exchange.ExchangeException when the file cannot be written
     */
    public void blank(PaperSize paper, Path target, Progress progress) {
        FinishedFile.writeWhole(target, out -> {
            try (PageFlow flow = new PageFlow(paper, "Planned mistake worksheet", FOOTER)) {
                new ExposureSheet(new Sheet(flow), progress, zone).blank();
                flow.save(out);
            }
        });
    }

    /**
     * @param ladder the ladder the exposure is a rung of, or {@code null}
     * @throws java.util.concurrent.CancellationException when cancelled through progress
     * @throws org.goodenough.exchange.ExchangeException when the file cannot be written
     */
    public void exposure(Exposure exposure, Ladder ladder, PaperSize paper, Path target,
            Progress progress) {
        FinishedFile.writeWhole(target, out -> {
            try (PageFlow flow = new PageFlow(paper, "Planned mistake worksheet", FOOTER)) {
                new ExposureSheet(new Sheet(flow), progress, zone).filled(exposure, ladder);
                flow.save(out);
            }
        });
    }

    /**
     * @param rungs   the ladder's rungs, first to top
     * @param history every rating of the ladder's belief, oldest first
     * @throws java.util.concurrent.CancellationException when cancelled through progress
     * @throws org.goodenough.exchange.ExchangeException when the file cannot be written
     */
    public void ladder(Ladder ladder, List<Rung> rungs, List<BeliefRating> history,
            PaperSize paper, Path target, Progress progress) {
        FinishedFile.writeWhole(target, out -> {
            try (PageFlow flow = new PageFlow(paper, "Ladder worksheet", FOOTER)) {
                new LadderSheet(new Sheet(flow), progress, zone).write(ladder, rungs, history);
                flow.save(out);
            }
        });
    }
}
