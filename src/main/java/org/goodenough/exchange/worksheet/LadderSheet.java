package org.goodenough.exchange.worksheet;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.goodenough.domain.BeliefRating;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Progress;
import org.goodenough.domain.Rung;

/**
 * A ladder on paper: its name, the belief it tests and how strongly it is held, then its rungs
 * from least to most feared, each with the figures that say how it went. A long ladder flows
 * onto as many pages as it needs.
 */
final class LadderSheet {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final float NUMBER_ROOM = 24;

    private final Sheet sheet;
    private final Progress progress;
    private final ZoneId zone;

    LadderSheet(Sheet sheet, Progress progress, ZoneId zone) {
        this.sheet = sheet;
        this.progress = progress;
        this.zone = zone;
    }

    void write(Ladder ladder, List<Rung> rungs, List<BeliefRating> history) {
        progress.update(0, rungs.size() + 1L);
        sheet.title("Ladder worksheet");
        sheet.note("One fear, tested step by step: start with the smallest rung, and climb when it"
                + " feels manageable.");
        sheet.heading("The ladder");
        sheet.answer("Its name", ladder.name(), 1);
        sheet.answer("The belief I am testing", ladder.belief(), 2);
        sheet.scale("How strongly I hold it, 0–100 %", ladder.beliefStrength() == null ? null
                : ladder.beliefStrength().value(), " %");
        if (history.size() > 1) {
            sheet.note("How strongly I held it: " + history.stream()
                    .map(rating -> rating.strength().value() + " % (" + DAY.format(rating.ratedAt()
                            .atZone(zone)) + ")")
                    .collect(Collectors.joining(" → ")));
        }

        sheet.heading("Rungs, from least to most feared");
        sheet.note(ladder.orderedByHand() ? "In the order I chose." : "Ordered by the distress I expect.");
        if (rungs.isEmpty()) {
            sheet.note("No rungs yet.");
        }
        for (int i = 0; i < rungs.size(); i++) {
            rung(i + 1, rungs.get(i));
            progress.update(i + 1L, rungs.size() + 1L);
        }

        sheet.heading("Steps I could add");
        sheet.writingLines(3);
        sheet.space(6);
        sheet.note(ExposureSheet.SAFETY);
        progress.update(rungs.size() + 1L, rungs.size() + 1L);
    }

    private void rung(int number, Rung rung) {
        sheet.keep(48);
        sheet.space(6);
        sheet.indented(number + ".", 0, 11, Ink.ACCENT, true);
        sheet.space(-11 * 1.35f);
        sheet.indented(rung.mistake(), NUMBER_ROOM, 11, Ink.TEXT, false);
        sheet.indented(figures(rung), NUMBER_ROOM, 9.5f, Ink.MUTED, false);
    }

    /** "Expected distress 40 · done 3 times · latest peak 30 / 100 · likelihood now 20 % · …". */
    static String figures(Rung rung) {
        List<String> parts = new ArrayList<>();
        parts.add(rung.expectedDistress() == null ? "expected distress not rated"
                : "expected distress " + rung.expectedDistress().value() + " / 100");
        if (rung.stakes() != null) {
            parts.add(rung.stakes().label().toLowerCase(Locale.ROOT) + " stakes");
        }
        int done = rung.timesDone();
        parts.add(switch (done) {
            case 0 -> "not done yet";
            case 1 -> "done once";
            default -> "done " + done + " times";
        });
        if (rung.latestPeak() != null) {
            parts.add("latest peak " + rung.latestPeak().value() + " / 100");
        }
        if (rung.latestLikelihood() != null) {
            parts.add("likelihood " + (done == 0 ? "" : "now ") + rung.latestLikelihood().value() + " %");
        }
        if (!rung.outcomes().isEmpty()) {
            parts.add("what I feared happened: " + rung.outcomes().stream()
                    .map(outcome -> outcome.label().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")));
        }
        if (done > 0 && rung.latest().status() == ExposureStatus.PLANNED) {
            parts.add("planned again");
        }
        String line = String.join(" · ", parts);
        return Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }
}
