package org.goodenough.exchange;

import static org.goodenough.domain.TextLimits.LONG;
import static org.goodenough.domain.TextLimits.SHORT;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.goodenough.domain.BeliefRating;
import org.goodenough.domain.Category;
import org.goodenough.domain.Distress;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.HiddenIdea;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Plan;
import org.goodenough.domain.PortableExposure;
import org.goodenough.domain.PortableIdea;
import org.goodenough.domain.PortableLadder;
import org.goodenough.domain.Reflection;
import org.goodenough.domain.Stakes;
import org.goodenough.domain.Suds;
import org.goodenough.store.Reason;

/**
 * Reads a JSON export into records, checking every value as it goes (see
 * {@code docs/journal-format.md}). Fields that may be null may also be left out.
 */
final class JsonJournalReader {

    static final int ID_LIMIT = 100;
    private static final int KEY_LIMIT = 200;
    private static final int RUNG_LIMIT = 1_000_000;
    private static final Phrase RUNG_PLACE = Phrase.of(String.format(Locale.ENGLISH,
            "a rung's place is a whole number from 0 to %,d", RUNG_LIMIT), "import.rule.rungPlace",
            RUNG_LIMIT);
    private static final Phrase LADDER_NAME = Phrase.of("the ladder's name",
            "import.named.ladderName");
    private static final Phrase MISTAKE = Phrase.of("the mistake", "import.named.mistake");
    private static final Phrase IDEA_TITLE = Phrase.of("the idea's title", "import.named.ideaTitle");

    private static final Set<String> TOP = fields("format", "formatVersion", "exportedAt", "scope",
            "ladders", "exposures", "ownIdeas", "hiddenIdeas");
    private static final Set<String> LADDER = fields("id", "name", "belief", "beliefStrength",
            "orderedByHand", "createdAt", "updatedAt", "beliefHistory");
    private static final Set<String> BELIEF_RATING = fields("strength", "ratedAt");
    private static final Set<String> EXPOSURE = fields("id", "ladder", "repeatOf", "rungPosition",
            "mistake", "category", "stakes", "plannedDate", "plannedTime", "place",
            "fearedOutcome", "likelihood", "expectedDistress", "safetyBehaviour", "copingPlan",
            "selfCompassion", "status", "doneAt", "distressBefore", "distressPeak",
            "distressAfter", "reflection", "createdAt", "updatedAt");
    private static final Set<String> REFLECTION = fields("whatHappened", "outcome", "felt",
            "worse", "better", "learned", "likelihoodAfter", "reflectedAt");
    private static final Set<String> IDEA = fields("id", "title", "category", "stakes", "tip",
            "hidden", "createdAt", "updatedAt");
    private static final Set<String> HIDDEN = fields("key", "hiddenAt");

    /** Field names in the order the format lists them, which messages repeat. */
    private static Set<String> fields(String... names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names)));
    }

    private final JsonInput in;
    private final Runnable step;
    private final ReadFile read = new ReadFile();

    /**
     * @param step called after each record, for progress and to notice a cancel
     */
    JsonJournalReader(JsonParser parser, Runnable step) {
        this.in = new JsonInput(parser);
        this.step = step;
    }

    /** Everything the file holds, with where each record began. */
    ReadFile read() throws IOException {
        if (in.next() == null) {
            throw new ImportRefusedException(new FilePlace(0, 0, ""), Reason.of("import.empty"),
                    "The file is empty.");
        }
        if (in.token() != JsonToken.START_OBJECT) {
            throw new ImportRefusedException(in.place(), Reason.of("import.notAnExport"),
                    "This is not a Good Enough export: an export starts with {.");
        }
        in.object(RecordKind.EXPORT, TOP, Set.of("format", "formatVersion"), this::top);
        if (in.next() != null) {
            throw in.refuse(Phrase.of("the export ended before this; nothing may follow its last }.",
                    "import.afterTheEnd"));
        }
        return read;
    }

    private void top(String name) throws IOException {
        switch (name) {
            case "format" -> {
                if (in.token() != JsonToken.VALUE_STRING
                        || !JournalFormat.FORMAT.equals(in.text(SHORT))) {
                    throw in.refuse(Phrase.of("this is not a Good Enough export (its \"format\" is"
                            + " not \"" + JournalFormat.FORMAT + "\").", "import.wrongFormat",
                            JournalFormat.FORMAT));
                }
            }
            case "formatVersion" -> version();
            case "exportedAt" -> in.instant();
            case "scope" -> in.text(SHORT);
            case "ladders" -> in.array("ladders", this::ladder);
            case "exposures" -> in.array("exposures", this::exposure);
            case "ownIdeas" -> in.array("ownIdeas", this::idea);
            case "hiddenIdeas" -> in.array("hiddenIdeas", this::hiddenIdea);
            default -> throw new IllegalStateException("Unread field " + name);
        }
    }

    private void version() throws IOException {
        Integer version = in.whole(1, Integer.MAX_VALUE, Phrase.of("the format version is a"
                + " whole number from 1", "import.rule.version"));
        if (version == null) {
            throw in.refuse(Phrase.of("the export has no format version.", "import.noVersion"));
        }
        if (version > JournalFormat.VERSION) {
            throw in.refuse(Phrase.of("this export is in format version " + version + ", from a"
                    + " newer Good Enough; this one reads version " + JournalFormat.VERSION
                    + ". Update Good Enough to import it.", "import.newerFormat", version,
                    JournalFormat.VERSION));
        }
    }

    private void ladder() throws IOException {
        FilePlace place = in.place();
        Map<String, Object> v = new HashMap<>();
        List<BeliefRating> history = new ArrayList<>();
        in.object(RecordKind.LADDER, LADDER, Set.of("id", "name", "createdAt", "updatedAt"), name -> {
            switch (name) {
                case "id" -> v.put(name, in.id(ID_LIMIT));
                case "name" -> v.put(name, in.requiredText(SHORT, LADDER_NAME));
                case "belief" -> v.put(name, in.text(LONG));
                case "beliefStrength" -> v.put(name, percent(in.rating()));
                case "orderedByHand" -> v.put(name, in.bool());
                case "createdAt", "updatedAt" -> v.put(name, in.requiredInstant());
                case "beliefHistory" -> in.array("beliefHistory", () -> history.add(rating()));
                default -> throw new IllegalStateException("Unread field " + name);
            }
        });
        read.ladders.add(new PortableLadder((String) v.get("id"), (String) v.get("name"),
                (String) v.get("belief"), (Percent) v.get("beliefStrength"),
                Boolean.TRUE.equals(v.get("orderedByHand")), (Instant) v.get("createdAt"),
                (Instant) v.get("updatedAt"), history));
        read.ladderPlaces.add(place);
        step.run();
    }

    private BeliefRating rating() throws IOException {
        Object[] v = new Object[2];
        in.object(RecordKind.BELIEF_RATING, BELIEF_RATING, BELIEF_RATING, name -> {
            if (name.equals("strength")) {
                Integer strength = in.rating();
                if (strength == null) {
                    throw in.refuse(Phrase.of("a belief rating needs its strength, from 0 to 100.",
                            "import.beliefStrength"));
                }
                v[0] = new Percent(strength);
            } else {
                v[1] = in.requiredInstant();
            }
        });
        return new BeliefRating((Percent) v[0], (Instant) v[1]);
    }

    private void exposure() throws IOException {
        FilePlace place = in.place();
        Map<String, Object> v = new HashMap<>();
        in.object(RecordKind.EXPOSURE, EXPOSURE, Set.of("id", "mistake", "status", "createdAt",
                "updatedAt"), name -> v.put(name, exposureValue(name)));
        Plan plan = new Plan((String) v.get("mistake"), (Category) v.get("category"),
                (Stakes) v.get("stakes"), (LocalDate) v.get("plannedDate"),
                (LocalTime) v.get("plannedTime"), (String) v.get("place"),
                (String) v.get("fearedOutcome"), (Percent) v.get("likelihood"),
                (Suds) v.get("expectedDistress"), (String) v.get("safetyBehaviour"),
                (String) v.get("copingPlan"), (String) v.get("selfCompassion"), null);
        read.exposures.add(new PortableExposure((String) v.get("id"), (String) v.get("ladder"),
                (String) v.get("repeatOf"), (Integer) v.get("rungPosition"), plan,
                (ExposureStatus) v.get("status"), (Instant) v.get("doneAt"),
                new Distress((Suds) v.get("distressBefore"), (Suds) v.get("distressPeak"),
                        (Suds) v.get("distressAfter")),
                (Reflection) v.get("reflection"), (Instant) v.get("createdAt"),
                (Instant) v.get("updatedAt")));
        read.exposurePlaces.add(place);
        step.run();
    }

    private Object exposureValue(String name) throws IOException {
        return switch (name) {
            case "id" -> in.id(ID_LIMIT);
            case "ladder", "repeatOf" -> in.reference(ID_LIMIT);
            case "rungPosition" -> in.whole(0, RUNG_LIMIT, RUNG_PLACE);
            case "mistake" -> in.requiredText(SHORT, MISTAKE);
            case "category" -> in.choice(Category.class);
            case "stakes" -> in.choice(Stakes.class);
            case "plannedDate" -> in.day();
            case "plannedTime" -> in.time();
            case "place", "safetyBehaviour", "selfCompassion" -> in.text(SHORT);
            case "fearedOutcome", "copingPlan" -> in.text(LONG);
            case "likelihood" -> percent(in.rating());
            case "expectedDistress", "distressBefore", "distressPeak", "distressAfter" ->
                    suds(in.rating());
            case "status" -> in.requiredChoice(ExposureStatus.class);
            case "doneAt" -> in.instant();
            case "reflection" -> reflection();
            case "createdAt", "updatedAt" -> in.requiredInstant();
            default -> throw new IllegalStateException("Unread field " + name);
        };
    }

    private Reflection reflection() throws IOException {
        if (in.token() == JsonToken.VALUE_NULL) {
            return null;
        }
        Map<String, Object> v = new HashMap<>();
        in.object(RecordKind.REFLECTION, REFLECTION, Set.of("reflectedAt"), name -> v.put(name,
                switch (name) {
                    case "outcome" -> in.choice(Outcome.class);
                    case "likelihoodAfter" -> percent(in.rating());
                    case "reflectedAt" -> in.requiredInstant();
                    default -> in.text(LONG);
                }));
        return new Reflection((String) v.get("whatHappened"), (Outcome) v.get("outcome"),
                (String) v.get("felt"), (String) v.get("worse"), (String) v.get("better"),
                (String) v.get("learned"), (Percent) v.get("likelihoodAfter"),
                (Instant) v.get("reflectedAt"));
    }

    private void idea() throws IOException {
        FilePlace place = in.place();
        Map<String, Object> v = new HashMap<>();
        in.object(RecordKind.IDEA, IDEA, Set.of("id", "title", "createdAt", "updatedAt"), name -> v.put(
                name, switch (name) {
                    case "id" -> in.id(ID_LIMIT);
                    case "title" -> in.requiredText(SHORT, IDEA_TITLE);
                    case "category" -> in.choice(Category.class);
                    case "stakes" -> in.choice(Stakes.class);
                    case "tip" -> in.text(SHORT);
                    case "hidden" -> in.bool();
                    default -> in.requiredInstant();
                }));
        read.ideas.add(new PortableIdea((String) v.get("id"), (String) v.get("title"),
                (Category) v.get("category"), (Stakes) v.get("stakes"), (String) v.get("tip"),
                Boolean.TRUE.equals(v.get("hidden")), (Instant) v.get("createdAt"),
                (Instant) v.get("updatedAt")));
        read.ideaPlaces.add(place);
        step.run();
    }

    private void hiddenIdea() throws IOException {
        Object[] v = new Object[2];
        in.object(RecordKind.HIDDEN_IDEA, HIDDEN, HIDDEN, name -> {
            if (name.equals("key")) {
                String key = in.id(KEY_LIMIT);
                if (!key.startsWith("builtin:") || key.length() == "builtin:".length()) {
                    throw in.refuse(Phrase.of("a hidden idea's key starts with \"builtin:\","
                            + " then names the idea.", "import.hiddenKey"));
                }
                v[0] = key;
            } else {
                v[1] = in.requiredInstant();
            }
        });
        read.hiddenIdeas.add(new HiddenIdea((String) v[0], (Instant) v[1]));
        step.run();
    }

    private static Percent percent(Integer value) {
        return value == null ? null : new Percent(value);
    }

    private static Suds suds(Integer value) {
        return value == null ? null : new Suds(value);
    }

    /** What was read, in file order, with where each record began. */
    static final class ReadFile {
        final List<PortableLadder> ladders = new ArrayList<>();
        final List<FilePlace> ladderPlaces = new ArrayList<>();
        final List<PortableExposure> exposures = new ArrayList<>();
        final List<FilePlace> exposurePlaces = new ArrayList<>();
        final List<PortableIdea> ideas = new ArrayList<>();
        final List<FilePlace> ideaPlaces = new ArrayList<>();
        final List<HiddenIdea> hiddenIdeas = new ArrayList<>();
    }
}
