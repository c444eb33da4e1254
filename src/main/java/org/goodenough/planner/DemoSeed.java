package org.goodenough.planner;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.goodenough.domain.Category;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Stakes;

/**
 * The made-up person of the demo journal, read from {@code demo-journal.json} (or its
 * translation, {@code demo-journal_de.json}, in the planner's language) and written in
 * through the planner, as if over the last eight weeks: each record is an ordinary one, made
 * the way the window makes it. Days in the file are counted from today.
 */
final class DemoSeed {

    static final String RESOURCE = "demo-journal.json";
    /** When an undated plan was written, in days from today. */
    private static final int UNDATED_PLANNED_ON = -3;

    private final SeedFile file;

    private DemoSeed(SeedFile file) {
        this.file = file;
    }

    /** The demo journal in the language of the planner's sentences. */
    static DemoSeed shipped() {
        return shipped(Sentences.locale());
    }

    /** The demo journal in {@code language}, English when it has no translation. */
    static DemoSeed shipped(Locale language) {
        String resource = Sentences.shippedFile(RESOURCE, language);
        try (InputStream json = DemoSeed.class.getResourceAsStream(resource)) {
            if (json == null) {
                throw new IllegalStateException("The demo journal is missing from this build");
            }
            return new DemoSeed(new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json, SeedFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("The demo journal cannot be read", e);
        }
    }

    /** Writes the person in, holding {@code clock} at each moment told of, then lets it go. */
    void writeInto(JournalSession session, SeedClock clock) {
        LocalDate today = LocalDate.now(clock);
        Writer writer = new Writer(session, clock, today);
        try {
            file.ladders().forEach(writer::ladder);
            file.exposures().stream()
                    .sorted(Comparator.comparingInt(DemoSeed::plannedOn))
                    .forEach(writer::exposure);
            file.ladders().forEach(writer::ratings);
            clock.hold(writer.at(0, LocalTime.of(7, 0)));
            session.preferences().markSafetyNoteRead();
        } finally {
            clock.letGo();
        }
    }

    /** The day a plan was written: the evening before its day, and never after today. */
    private static int plannedOn(SeedExposure entry) {
        return entry.day() == null ? UNDATED_PLANNED_ON : Math.min(entry.day() - 1, -2);
    }

    /** Plays the file through the planner, remembering the journal's ids for its keys. */
    private static final class Writer {

        private final JournalSession session;
        private final SeedClock clock;
        private final LocalDate today;
        private final Map<String, Long> ladders = new HashMap<>();
        private final Map<String, SeedExposure> entries = new HashMap<>();
        private final Map<String, Long> exposures = new HashMap<>();

        Writer(JournalSession session, SeedClock clock, LocalDate today) {
            this.session = session;
            this.clock = clock;
            this.today = today;
        }

        Instant at(int day, LocalTime time) {
            return ZonedDateTime.of(today.plusDays(day), time, clock.getZone()).toInstant();
        }

        void ladder(SeedLadder entry) {
            clock.hold(at(entry.day(), LocalTime.of(20, 0)));
            ladders.put(entry.key(), session.ladders().create(
                    new LadderInput(entry.name(), entry.belief(), entry.strength())).id());
        }

        void ratings(SeedLadder entry) {
            for (SeedRating rating : entry.ratings() == null ? List.<SeedRating>of() : entry.ratings()) {
                clock.hold(at(rating.day(), LocalTime.of(21, 0)));
                session.ladders().rateBelief(ladders.get(entry.key()), rating.strength());
            }
        }

        void exposure(SeedExposure entry) {
            ExposurePlanner planner = session.planner();
            clock.hold(at(plannedOn(entry), LocalTime.of(19, 30)));
            Exposure exposure;
            if (entry.repeatOf() != null) {
                SeedExposure first = entries.get(entry.repeatOf());
                exposure = planner.repeat(exposures.get(entry.repeatOf()));
                exposure = planner.edit(exposure.id(), plan(entry.over(first)));
            } else {
                exposure = planner.plan(plan(entry));
                entries.put(entry.key(), entry);
                exposures.put(entry.key(), exposure.id());
            }
            LocalTime time = entry.time() == null ? LocalTime.NOON : LocalTime.parse(entry.time());
            if (entry.done() != null) {
                clock.hold(at(entry.day(), time));
                planner.markDone(exposure.id(), new DistressInput(entry.done().before(),
                        entry.done().peak(), entry.done().after()));
            }
            if (entry.reflection() != null) {
                SeedReflection said = entry.reflection();
                clock.hold(at(entry.day(), time.plusHours(2)));
                planner.reflect(exposure.id(), new ReflectionInput(said.happened(), said.outcome(),
                        said.felt(), said.worse(), said.better(), said.learned(),
                        said.likelihoodAfter()));
            }
            if (entry.status() == ExposureStatus.NOT_NOW) {
                clock.hold(at(entry.day(), LocalTime.of(21, 0)));
                planner.notNow(exposure.id());
            } else if (entry.status() == ExposureStatus.LET_GO) {
                clock.hold(at(entry.day(), LocalTime.of(21, 0)));
                planner.letGo(exposure.id());
            }
        }

        private PlanInput plan(SeedExposure entry) {
            return new PlanInput(entry.mistake(), entry.category(), entry.stakes(),
                    entry.day() == null ? null : today.plusDays(entry.day()).toString(),
                    entry.time(), entry.place(), entry.feared(), entry.likelihood(),
                    entry.expected(), entry.safety(), entry.coping(),
                    entry.compassion() == null ? Plan.DEFAULT_SELF_COMPASSION : entry.compassion(),
                    entry.ladder() == null ? null : ladders.get(entry.ladder()));
        }
    }

    /** The file's shape, kept apart from the domain. */
    record SeedFile(int version, String about, List<SeedLadder> ladders,
            List<SeedExposure> exposures) {
    }

    record SeedLadder(String key, int day, String name, String belief, String strength,
            List<SeedRating> ratings) {
    }

    record SeedRating(int day, String strength) {
    }

    /** One exposure; a repeat names the first of its series and says only what changed. */
    record SeedExposure(String key, String repeatOf, String ladder, Integer day, String time,
            String mistake, Category category, Stakes stakes, String place, String feared,
            String likelihood, String expected, String safety, String coping,
            String compassion, ExposureStatus status, SeedDistress done,
            SeedReflection reflection) {

        /** This repeat's plan: the first one's, with this one's day, time and ratings. */
        SeedExposure over(SeedExposure first) {
            return new SeedExposure(first.key(), null, first.ladder(), day, time,
                    first.mistake(), first.category(), first.stakes(), first.place(),
                    first.feared(), likelihood, expected, first.safety(), first.coping(),
                    first.compassion(), status, done, reflection);
        }
    }

    record SeedDistress(String before, String peak, String after) {
    }

    record SeedReflection(String happened, Outcome outcome, String felt, String worse,
            String better, String learned, String likelihoodAfter) {
    }
}
