package org.goodenough.planner;

import java.nio.file.Path;
import java.util.Locale;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Progress;
import org.goodenough.exchange.worksheet.PaperSize;
import org.goodenough.exchange.worksheet.Worksheets;
import org.goodenough.store.Reason;

/**
 * Printable worksheets from the journal: a blank one, one exposure with everything it holds,
 * or a whole ladder, on the paper the person chose.
 */
public final class WorksheetPrinting {

    private final ExposurePlanner exposures;
    private final LadderPlanner ladders;
    private final JournalPreferences preferences;
    private final Worksheets worksheets;

    public WorksheetPrinting(ExposurePlanner exposures, LadderPlanner ladders,
            JournalPreferences preferences, Worksheets worksheets) {
        this.exposures = exposures;
        this.ladders = ladders;
        this.preferences = preferences;
        this.worksheets = worksheets;
    }

    /** The paper chosen last, or else the usual paper where the person is. */
    public PaperSize paper() {
        return preferences.paper().orElse(PaperSize.usualFor(Locale.getDefault(Locale.Category.FORMAT)));
    }

    public void choosePaper(PaperSize paper) {
        preferences.setPaper(paper);
    }

    /**
     * @throws java.util.concurrent.CancellationException when cancelled through progress
     * @throws org.goodenough.exchange.ExchangeException when the file cannot be written
     */
    public void blank(PaperSize paper, Path target, Progress progress) {
        worksheets.blank(paper, target, progress);
    }

    /** @throws NotPossibleNowException when the exposure is no longer in the journal */
    public void exposure(long id, PaperSize paper, Path target, Progress progress) {
        Exposure exposure = exposures.find(id).orElseThrow(() -> new NotPossibleNowException(
                Reason.of("noLonger.exposureToPrint"),
                "That exposure is no longer in the journal, so there is nothing to print."));
        Long ladderId = exposure.plan().ladderId();
        Ladder ladder = ladderId == null ? null : ladders.find(ladderId).orElse(null);
        worksheets.exposure(exposure, ladder, paper, target, progress);
    }

    public void ladder(long id, PaperSize paper, Path target, Progress progress) {
        LadderOverview overview = ladders.overview(id);
        worksheets.ladder(overview.ladder(), overview.rungs(), overview.history(), paper, target,
                progress);
    }
}
