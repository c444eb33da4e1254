package org.goodenough.exchange.worksheet;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
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

    private final ZoneId zone;
    private final Supplier<Locale> language;

    /**
     * @param zone     the person's time zone, for the days shown
     * @param language the language the window speaks when a worksheet is printed
     */
    public Worksheets(ZoneId zone, Supplier<Locale> language) {
        this.zone = zone;
        this.language = language;
    }

    /**
     * @throws java.util.concurrent.CancellationException when cancelled through progress
     * @throws org.goodenough.exchange.ExchangeException when the file cannot be written
     */
    public void blank(PaperSize paper, Path target, Progress progress) {
        FinishedFile.writeWhole(target, out -> {
            WorksheetWords words = WorksheetWords.in(language.get());
            try (PageFlow flow = new PageFlow(paper, words.get("exposure.title"), words)) {
                new ExposureSheet(new Sheet(flow, words), progress, zone, words).blank();
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
            WorksheetWords words = WorksheetWords.in(language.get());
            try (PageFlow flow = new PageFlow(paper, words.get("exposure.title"), words)) {
                new ExposureSheet(new Sheet(flow, words), progress, zone, words).filled(exposure, ladder);
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
            WorksheetWords words = WorksheetWords.in(language.get());
            try (PageFlow flow = new PageFlow(paper, words.get("ladder.title"), words)) {
                new LadderSheet(new Sheet(flow, words), progress, zone, words).write(ladder, rungs, history);
                flow.save(out);
            }
        });
    }
}
