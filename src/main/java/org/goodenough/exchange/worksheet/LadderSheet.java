package org.goodenough.exchange.worksheet;

import java.time.ZoneId;
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

    private static final float NUMBER_ROOM = 24;

    private final Sheet sheet;
    private final Progress progress;
    private final ZoneId zone;
    private final WorksheetWords words;

    LadderSheet(Sheet sheet, Progress progress, ZoneId zone, WorksheetWords words) {
        this.sheet = sheet;
        this.progress = progress;
        this.zone = zone;
        this.words = words;
    }

    void write(Ladder ladder, List<Rung> rungs, List<BeliefRating> history) {
        progress.update(0, rungs.size() + 1L);
        sheet.title(words.get("ladder.title"));
        sheet.note(words.get("ladder.intro"));
        sheet.heading(words.get("ladder.heading"));
        sheet.answer(words.get("ladder.name"), ladder.name(), 1);
        sheet.answer(words.get("ladder.belief"), ladder.belief(), 2);
        sheet.scale(words.get("ladder.strength"), ladder.beliefStrength() == null ? null
                : ladder.beliefStrength().value(), " %");
        if (history.size() > 1) {
            sheet.note(words.format("ladder.history", history.stream()
                    .map(rating -> rating.strength().value() + " % ("
                            + words.day(rating.ratedAt().atZone(zone)) + ")")
                    .collect(Collectors.joining(" → "))));
        }

        sheet.heading(words.get("ladder.rungs"));
        sheet.note(words.get(ladder.orderedByHand() ? "ladder.byHand" : "ladder.byDistress"));
        if (rungs.isEmpty()) {
            sheet.note(words.get("ladder.noRungs"));
        }
        for (int i = 0; i < rungs.size(); i++) {
            rung(i + 1, rungs.get(i));
            progress.update(i + 1L, rungs.size() + 1L);
        }

        sheet.heading(words.get("ladder.stepsToAdd"));
        sheet.writingLines(3);
        sheet.space(6);
        sheet.note(words.get("safety"));
        progress.update(rungs.size() + 1L, rungs.size() + 1L);
    }

    private void rung(int number, Rung rung) {
        sheet.keep(48);
        sheet.space(6);
        sheet.indented(number + ".", 0, 11, Ink.ACCENT, true);
        sheet.space(-11 * 1.35f);
        sheet.indented(rung.mistake(), NUMBER_ROOM, 11, Ink.TEXT, false);
        sheet.indented(figures(rung, words), NUMBER_ROOM, 9.5f, Ink.MUTED, false);
    }

    /** "Expected distress 40 · done 3 times · latest peak 30 / 100 · likelihood now 20 % · …". */
    static String figures(Rung rung, WorksheetWords words) {
        List<String> parts = new ArrayList<>();
        parts.add(rung.expectedDistress() == null ? words.get("rung.notRated")
                : words.format("rung.expected", rung.expectedDistress().value()));
        if (rung.stakes() != null) {
            parts.add(words.format("rung.stakes", lower(words.label("stakes", rung.stakes()))));
        }
        int done = rung.timesDone();
        parts.add(switch (done) {
            case 0 -> words.get("rung.notDone");
            case 1 -> words.get("rung.doneOnce");
            default -> words.format("rung.doneTimes", done);
        });
        if (rung.latestPeak() != null) {
            parts.add(words.format("rung.peak", rung.latestPeak().value()));
        }
        if (rung.latestLikelihood() != null) {
            parts.add(words.format(done == 0 ? "rung.likelihood" : "rung.likelihoodNow",
                    rung.latestLikelihood().value()));
        }
        if (!rung.outcomes().isEmpty()) {
            parts.add(words.format("rung.outcomes", rung.outcomes().stream()
                    .map(outcome -> lower(words.label("outcome", outcome)))
                    .collect(Collectors.joining(", "))));
        }
        if (done > 0 && rung.latest().status() == ExposureStatus.PLANNED) {
            parts.add(words.get("rung.plannedAgain"));
        }
        String line = String.join(" · ", parts);
        return Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    /** A label inside a sentence: the stakes and the answers are no nouns, in either language. */
    private static String lower(String label) {
        return label.toLowerCase(Locale.ROOT);
    }
}
