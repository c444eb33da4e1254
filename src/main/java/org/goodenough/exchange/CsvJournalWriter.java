package org.goodenough.exchange;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goodenough.domain.Plan;
import org.goodenough.domain.PortableExposure;
import org.goodenough.domain.PortableLadder;
import org.goodenough.domain.Progress;
import org.goodenough.domain.Reflection;

/**
 * Writes one row per exposure, with its reflection, for a spreadsheet: RFC 4180 quoting, CRLF
 * line ends, and a byte-order mark so spreadsheets read the text as UTF-8.
 */
final class CsvJournalWriter extends CountingSink {

    static final List<String> COLUMNS = List.of("id", "ladder", "repeatOf", "rungPosition",
            "mistake", "category", "stakes", "plannedDate", "plannedTime", "place",
            "fearedOutcome", "likelihood", "expectedDistress", "safetyBehaviour", "copingPlan",
            "selfCompassion", "status", "doneAt", "distressBefore", "distressPeak", "distressAfter",
            "whatHappened", "outcome", "felt", "worse", "better", "learned", "likelihoodAfter",
            "reflectedAt", "createdAt", "updatedAt");

    private final Writer out;
    private final Map<String, String> ladderNames = new HashMap<>();

    CsvJournalWriter(Writer out, Progress progress) {
        super(progress);
        this.out = out;
    }

    @Override
    void start() throws IOException {
        out.write('\uFEFF');
        row(COLUMNS.stream().map(CsvCell::plain).toList());
    }

    @Override
    void writeLadder(PortableLadder ladder) {
        ladderNames.put(ladder.uid(), ladder.name());
    }

    @Override
    void writeExposure(PortableExposure exposure) throws IOException {
        Plan plan = exposure.plan();
        Reflection reflection = exposure.reflection();
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(CsvCell.plain(exposure.uid()));
        cells.add(CsvCell.text(ladderNames.get(exposure.ladderUid())));
        cells.add(CsvCell.plain(exposure.repeatOfUid()));
        cells.add(CsvCell.plain(exposure.rungPosition()));
        cells.add(CsvCell.text(plan.mistake()));
        cells.add(CsvCell.plain(plan.category()));
        cells.add(CsvCell.plain(plan.stakes()));
        cells.add(CsvCell.plain(plan.date()));
        cells.add(CsvCell.plain(plan.time() == null ? null : JournalFormat.TIME.format(plan.time())));
        cells.add(CsvCell.text(plan.place()));
        cells.add(CsvCell.text(plan.fearedOutcome()));
        cells.add(CsvCell.rating(plan.likelihood()));
        cells.add(CsvCell.rating(plan.expectedDistress()));
        cells.add(CsvCell.text(plan.safetyBehaviour()));
        cells.add(CsvCell.text(plan.copingPlan()));
        cells.add(CsvCell.text(plan.selfCompassion()));
        cells.add(CsvCell.plain(exposure.status()));
        cells.add(CsvCell.plain(JournalFormat.instant(exposure.doneAt())));
        cells.add(CsvCell.rating(exposure.distress().before()));
        cells.add(CsvCell.rating(exposure.distress().peak()));
        cells.add(CsvCell.rating(exposure.distress().after()));
        boolean none = reflection == null;
        cells.add(CsvCell.text(none ? null : reflection.whatHappened()));
        cells.add(CsvCell.plain(none ? null : reflection.outcome()));
        cells.add(CsvCell.text(none ? null : reflection.felt()));
        cells.add(CsvCell.text(none ? null : reflection.worse()));
        cells.add(CsvCell.text(none ? null : reflection.better()));
        cells.add(CsvCell.text(none ? null : reflection.learned()));
        cells.add(CsvCell.rating(none ? null : reflection.likelihoodAfter()));
        cells.add(CsvCell.plain(none ? null : JournalFormat.instant(reflection.reflectedAt())));
        cells.add(CsvCell.plain(JournalFormat.instant(exposure.createdAt())));
        cells.add(CsvCell.plain(JournalFormat.instant(exposure.updatedAt())));
        row(cells);
    }

    @Override
    void finish() throws IOException {
        out.flush();
    }

    private void row(List<String> cells) throws IOException {
        out.write(String.join(",", cells));
        out.write("\r\n");
    }
}
