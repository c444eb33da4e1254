package org.goodenough.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.goodenough.Samples;
import org.goodenough.domain.Category;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Progress;
import org.goodenough.domain.Reflection;
import org.goodenough.domain.Stakes;
import org.goodenough.domain.Suds;
import org.goodenough.store.Journal;

/**
 * A journal with every kind of record and every field, filled through the real repositories:
 * two ladders (one ordered by hand, with a belief history), exposures in every state, full
 * and partial reflections, a series of repeats, a plan with nothing but its mistake, own
 * ideas and a hidden built-in idea, in several scripts.
 */
final class RichJournal {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"),
            ZoneId.of("Europe/Berlin"));

    private RichJournal() {
    }

    static void fill(Journal journal) {
        Instant t = Instant.parse("2026-10-01T08:00:00.123Z");
        Ladder speaking = journal.ladders().add("Speaking up", "If I say something imperfect,"
                + " people will think I am incompetent. " + Samples.ACCENTED, Percent.of(90), t);
        journal.ladders().rateBelief(speaking.id(), Percent.of(70), t.plusSeconds(86_400 * 7));
        Ladder tidy = journal.ladders().add("Good enough at home", null, null, t.plusSeconds(60));

        Exposure full = journal.exposures().add(Samples.fullPlan(speaking.id()), null,
                t.plusSeconds(3_600));
        journal.exposures().updateDoing(full.id(), ExposureStatus.DONE, t.plusSeconds(90_000),
                new Distress(Suds.of(30), Suds.of(65), Suds.of(10)), t.plusSeconds(90_000));
        journal.exposures().saveReflection(full.id(),
                Samples.fullReflection(t.plusSeconds(93_600)), t.plusSeconds(93_600));

        Exposure again = journal.exposures().add(Samples.fullPlan(speaking.id()), full.id(),
                t.plusSeconds(200_000));
        journal.exposures().updateDoing(again.id(), ExposureStatus.DONE, t.plusSeconds(260_000),
                new Distress(null, Suds.of(40), null), t.plusSeconds(260_000));
        journal.exposures().saveReflection(again.id(), new Reflection(null, Outcome.PARTLY,
                "Odd, \"quoted\", and, commas\nover two lines", null, null, null, null,
                t.plusSeconds(270_000)), t.plusSeconds(270_000));

        Exposure bare = journal.exposures().add(new Plan("=Leave one dish unwashed", null, null,
                null, null, null, null, null, null, null, null, null, null), null,
                t.plusSeconds(300_000));
        journal.exposures().updateDoing(bare.id(), ExposureStatus.NOT_NOW, null,
                Distress.NOT_RATED, t.plusSeconds(300_100));

        Exposure letGo = journal.exposures().add(new Plan("Arrive two minutes late " + Samples.EMOJI,
                Category.TIME_AND_PUNCTUALITY, Stakes.LOW, null, null, null, null, Percent.of(0),
                Suds.of(100), null, null, "# Not a heading - *just* text", tidy.id()), null,
                t.plusSeconds(400_000));
        journal.exposures().updateDoing(letGo.id(), ExposureStatus.LET_GO, null,
                Distress.NOT_RATED, t.plusSeconds(400_100));

        journal.exposures().add(new Plan(Samples.RIGHT_TO_LEFT, Category.HOME_AND_ORDER,
                Stakes.HIGH, java.time.LocalDate.of(2026, 12, 1), java.time.LocalTime.of(7, 5),
                "Kitchen", "1. They will notice", Percent.of(100), Suds.of(0), "@checking",
                "+breathe", "-it is fine", tidy.id()), null, t.plusSeconds(500_000));
        journal.ladders().orderByHand(tidy.id(), List.of(letGo.id()), t.plusSeconds(500_100));

        var idea = journal.ideas().addOwn("Post a photo without filters", Category.APPEARANCE,
                Stakes.MEDIUM, "Notice the urge to delete it", t.plusSeconds(600_000));
        journal.ideas().addOwn("Hum out of tune", null, null, null, t.plusSeconds(600_100));
        journal.ideas().setOwnHidden(idea.ownId(), true, t.plusSeconds(600_200));
        journal.ideas().setBuiltInHidden("builtin:work-typo-in-team-chat", true, t.plusSeconds(600_300));
    }

    /** The whole journal as the JSON export, written at {@link #CLOCK}'s moment. */
    static String json(Journal journal) {
        return exported(journal, ExportFormat.JSON, null);
    }

    static String exported(Journal journal, ExportFormat format, Long ladderId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new JournalExport(journal.transfer(), CLOCK).write(format, ladderId, out, Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
