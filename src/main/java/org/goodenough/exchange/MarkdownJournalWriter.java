package org.goodenough.exchange;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.goodenough.domain.BeliefRating;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Plan;
import org.goodenough.domain.PortableExposure;
import org.goodenough.domain.PortableLadder;
import org.goodenough.domain.Progress;
import org.goodenough.domain.Reflection;
import org.goodenough.domain.Suds;

/**
 * Writes the journal as a document to read: the ladders and their beliefs, then each exposure
 * in the order it was planned, with its plan, how it went and the reflection, in the person's
 * time zone. Skipped answers are simply left out.
 */
final class MarkdownJournalWriter extends CountingSink {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.ENGLISH);

    private final Writer out;
    private final Instant exportedAt;
    private final ZoneId zone;
    private final Map<String, String> ladderNames = new HashMap<>();
    private final Map<String, String> mistakes = new HashMap<>();
    private boolean exposuresBegun;

    MarkdownJournalWriter(Writer out, Instant exportedAt, ZoneId zone, Progress progress) {
        super(progress);
        this.out = out;
        this.exportedAt = exportedAt;
        this.zone = zone;
    }

    @Override
    void start() throws IOException {
        out.write("# My Good Enough journal\n\nExported on " + MOMENT.format(exportedAt.atZone(zone))
                + ".\n");
    }

    @Override
    void writeLadder(PortableLadder ladder) throws IOException {
        if (ladderNames.isEmpty()) {
            out.write("\n## Ladders\n");
        }
        ladderNames.put(ladder.uid(), ladder.name());
        out.write("\n### " + MarkdownText.line(ladder.name()) + "\n");
        answer("The belief I am testing", ladder.belief());
        if (!ladder.beliefHistory().isEmpty()) {
            out.write("\nHow strongly I held it:\n\n");
            for (BeliefRating rating : ladder.beliefHistory()) {
                out.write("- " + DAY.format(rating.ratedAt().atZone(zone)) + ": "
                        + rating.strength().value() + " %\n");
            }
        }
    }

    @Override
    void writeExposure(PortableExposure exposure) throws IOException {
        if (!exposuresBegun) {
            out.write("\n## Exposures\n");
            exposuresBegun = true;
        }
        Plan plan = exposure.plan();
        mistakes.put(exposure.uid(), plan.mistake());
        out.write("\n### " + MarkdownText.line(plan.mistake()) + "\n\n");
        out.write(MarkdownText.line(summary(exposure)) + "\n");
        if (exposure.repeatOfUid() != null && mistakes.containsKey(exposure.repeatOfUid())) {
            out.write("\nA repeat of \u201C" + MarkdownText.line(mistakes.get(exposure.repeatOfUid()))
                    + "\u201D.\n");
        }
        answer("Where, or with whom", plan.place());
        answer("What I feared would happen", plan.fearedOutcome());
        fact("How likely it seemed", percent(plan.likelihood()));
        fact("How distressing I expected it to be", suds(plan.expectedDistress()));
        answer("The safety behaviour I dropped", plan.safetyBehaviour());
        answer("How I planned to cope", plan.copingPlan());
        answer("What I told myself", plan.selfCompassion());
        fact("Distress", distress(exposure.distress()));
        reflection(exposure.reflection());
    }

    private String summary(PortableExposure exposure) {
        Plan plan = exposure.plan();
        StringBuilder line = new StringBuilder(exposure.status().label());
        if (exposure.doneAt() != null) {
            line.append(" on ").append(DAY.format(exposure.doneAt().atZone(zone)));
        } else if (plan.date() != null) {
            line.append(", planned for ").append(DAY.format(plan.date()));
            if (plan.time() != null) {
                line.append(" at ").append(JournalFormat.TIME.format(plan.time()));
            }
        }
        if (plan.category() != null) {
            line.append(" · ").append(plan.category().label());
        }
        if (plan.stakes() != null) {
            line.append(" · ").append(plan.stakes().label().toLowerCase(Locale.ENGLISH))
                    .append(" stakes");
        }
        String ladder = ladderNames.get(exposure.ladderUid());
        if (ladder != null) {
            line.append(" · ladder: ").append(ladder);
        }
        return line.toString();
    }

    private void reflection(Reflection reflection) throws IOException {
        if (reflection == null) {
            return;
        }
        out.write("\n#### Looking back\n");
        answer("What actually happened", reflection.whatHappened());
        fact("Did what I feared happen", reflection.outcome() == null ? null
                : reflection.outcome().label());
        answer("What did I feel?", reflection.felt());
        answer("What was worse than I imagined?", reflection.worse());
        answer("What was better than I imagined?", reflection.better());
        answer("What did I learn?", reflection.learned());
        fact("How likely it seems now", percent(reflection.likelihoodAfter()));
    }

    @Override
    void finish() throws IOException {
        if (ladderNames.isEmpty() && !exposuresBegun) {
            out.write("\nNothing is written in this journal yet.\n");
        }
        out.flush();
    }

    private void answer(String question, String text) throws IOException {
        if (text != null && !text.isBlank()) {
            out.write("\n**" + question + "**\n\n" + MarkdownText.block(text) + "\n");
        }
    }

    private void fact(String name, String value) throws IOException {
        if (value != null) {
            out.write("\n**" + name + ":** " + value + "\n");
        }
    }

    private static String percent(Percent value) {
        return value == null ? null : value.value() + " %";
    }

    private static String suds(Suds value) {
        return value == null ? null : value.value() + " out of 100";
    }

    private static String distress(Distress distress) {
        StringBuilder text = new StringBuilder();
        part(text, "before", distress.before());
        part(text, "at its peak", distress.peak());
        part(text, "afterwards", distress.after());
        return text.isEmpty() ? null : text.toString();
    }

    private static void part(StringBuilder text, String when, Suds value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : ", ").append(value.value()).append(' ').append(when);
        }
    }
}
