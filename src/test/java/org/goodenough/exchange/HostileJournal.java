package org.goodenough.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.goodenough.HostileText;
import org.goodenough.domain.Category;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Reflection;
import org.goodenough.domain.Stakes;
import org.goodenough.domain.Suds;
import org.goodenough.domain.TextLimits;
import org.goodenough.store.Journal;

/**
 * A journal whose every text is hostile but keepable (SQL, search syntax, bidi and zero-width
 * characters, emoji), with days at the first and last years a journal keeps, for exports to
 * spoil.
 */
final class HostileJournal {

    private HostileJournal() {
    }

    static void fill(Journal journal, HostileText text) {
        Instant t = Instant.parse("2026-09-01T07:00:00.250Z");
        Ladder ladder = journal.ladders().add(text.keepable(80), text.keepable(600), Percent.of(100), t);
        journal.ladders().rateBelief(ladder.id(), Percent.of(0), t.plusSeconds(60));
        Exposure first = journal.exposures().add(plan(text, ladder.id(), LocalDate.of(1000, 1, 1)), null,
                t.plusSeconds(120));
        journal.exposures().updateDoing(first.id(), ExposureStatus.DONE, t.plusSeconds(180),
                new Distress(Suds.of(0), Suds.of(100), Suds.of(50)), t.plusSeconds(180));
        journal.exposures().saveReflection(first.id(), new Reflection(text.keepable(300), Outcome.PARTLY,
                text.keepable(TextLimits.LONG), text.keepable(5), null, text.keepable(90),
                Percent.of(100), t.plusSeconds(240)), t.plusSeconds(240));
        journal.exposures().add(plan(text, ladder.id(), LocalDate.of(9999, 12, 31)), first.id(),
                t.plusSeconds(300));
        journal.exposures().add(plan(text, null, null), null, t.plusSeconds(360));
        journal.ideas().addOwn(text.keepable(TextLimits.SHORT), Category.DECISIONS, Stakes.HIGH,
                text.keepable(200), t.plusSeconds(420));
        journal.ideas().setBuiltInHidden("builtin:work-typo-in-team-chat", true, t.plusSeconds(480));
    }

    private static Plan plan(HostileText text, Long ladderId, LocalDate day) {
        return new Plan(text.keepable(TextLimits.SHORT), Category.WORK_AND_STUDY, Stakes.LOW, day,
                day == null ? null : LocalTime.of(23, 59), text.keepable(40), text.keepable(900),
                Percent.of(0), Suds.of(100), text.keepable(30), text.keepable(2_000),
                text.keepable(12), ladderId);
    }
}
