package org.goodenough.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records of a JSON export, read with plain Jackson (not the import's reader) and put in
 * the form the journal keeps them, as docs/journal-format.md says: a field left out is null,
 * blank text is skipped, a moment is kept to the millisecond, a time as hours and minutes, a
 * belief history in time order. Two files hold the same journal when their records are equal.
 */
final class JournalRecords {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TEXT = Set.of("name", "belief", "mistake", "place",
            "fearedOutcome", "safetyBehaviour", "copingPlan", "selfCompassion", "whatHappened",
            "felt", "worse", "better", "learned", "title", "tip");
    private static final Set<String> MOMENTS = Set.of("createdAt", "updatedAt", "doneAt",
            "reflectedAt", "ratedAt", "hiddenAt");
    private static final List<String> LADDER = List.of("id", "name", "belief", "beliefStrength",
            "orderedByHand", "createdAt", "updatedAt");
    private static final List<String> EXPOSURE = List.of("id", "ladder", "repeatOf",
            "rungPosition", "mistake", "category", "stakes", "plannedDate", "plannedTime", "place",
            "fearedOutcome", "likelihood", "expectedDistress", "safetyBehaviour", "copingPlan",
            "selfCompassion", "status", "doneAt", "distressBefore", "distressPeak", "distressAfter",
            "createdAt", "updatedAt");
    private static final List<String> REFLECTION = List.of("whatHappened", "outcome", "felt",
            "worse", "better", "learned", "likelihoodAfter", "reflectedAt");
    private static final List<String> IDEA = List.of("id", "title", "category", "stakes", "tip",
            "hidden", "createdAt", "updatedAt");

    /** Each kind of record, by its id (a hidden idea by its key), in file order. */
    final Map<String, Map<String, Object>> ladders = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> exposures = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> ideas = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> hiddenIdeas = new LinkedHashMap<>();

    /** The records of {@code json}, which the import took as sound. */
    static JournalRecords of(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JournalRecords records = new JournalRecords();
        for (JsonNode ladder : root.path("ladders")) {
            Map<String, Object> fields = fields(ladder, LADDER);
            fields.put("orderedByHand", Boolean.TRUE.equals(fields.get("orderedByHand")));
            List<Map<String, Object>> history = new ArrayList<>();
            for (JsonNode rating : ladder.path("beliefHistory")) {
                history.add(fields(rating, List.of("strength", "ratedAt")));
            }
            history.sort(Comparator.comparing(rating -> Instant.parse((String) rating.get("ratedAt"))));
            fields.put("beliefHistory", history);
            records.ladders.putIfAbsent((String) fields.get("id"), fields);
        }
        for (JsonNode exposure : root.path("exposures")) {
            Map<String, Object> fields = fields(exposure, EXPOSURE);
            JsonNode reflection = exposure.path("reflection");
            fields.put("reflection", reflection.isObject() ? fields(reflection, REFLECTION) : null);
            records.exposures.putIfAbsent((String) fields.get("id"), fields);
        }
        for (JsonNode idea : root.path("ownIdeas")) {
            Map<String, Object> fields = fields(idea, IDEA);
            fields.put("hidden", Boolean.TRUE.equals(fields.get("hidden")));
            records.ideas.putIfAbsent((String) fields.get("id"), fields);
        }
        for (JsonNode hidden : root.path("hiddenIdeas")) {
            Map<String, Object> fields = fields(hidden, List.of("key", "hiddenAt"));
            records.hiddenIdeas.putIfAbsent((String) fields.get("key"), fields);
        }
        return records;
    }

    /**
     * Adds the records of {@code file} that this journal does not hold; the ones it holds stay
     * as they are. Returns how many of each kind were new, as an import would count them.
     */
    int[] add(JournalRecords file) {
        return new int[] {addNew(ladders, file.ladders), addNew(exposures, file.exposures),
                addNew(ideas, file.ideas), addNew(hiddenIdeas, file.hiddenIdeas)};
    }

    JournalRecords copy() {
        JournalRecords copy = new JournalRecords();
        copy.add(this);
        return copy;
    }

    /** Where this journal and {@code other} differ, or null when they hold the same. */
    String differenceFrom(JournalRecords other) {
        for (String kind : List.of("ladders", "exposures", "ideas", "hiddenIdeas")) {
            Map<String, Map<String, Object>> mine = kind(kind);
            Map<String, Map<String, Object>> theirs = other.kind(kind);
            if (!mine.keySet().equals(theirs.keySet())) {
                return kind + " have the ids " + mine.keySet() + " against " + theirs.keySet();
            }
            for (String id : mine.keySet()) {
                if (!mine.get(id).equals(theirs.get(id))) {
                    return kind + " \"" + id + "\" is " + mine.get(id) + "\n against " + theirs.get(id);
                }
            }
        }
        return null;
    }

    private Map<String, Map<String, Object>> kind(String kind) {
        return switch (kind) {
            case "ladders" -> ladders;
            case "exposures" -> exposures;
            case "ideas" -> ideas;
            default -> hiddenIdeas;
        };
    }

    private static int addNew(Map<String, Map<String, Object>> into, Map<String, Map<String, Object>> from) {
        int added = 0;
        for (Map.Entry<String, Map<String, Object>> record : from.entrySet()) {
            if (into.putIfAbsent(record.getKey(), record.getValue()) == null) {
                added++;
            }
        }
        return added;
    }

    private static Map<String, Object> fields(JsonNode record, List<String> names) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : names) {
            fields.put(name, value(name, record.get(name)));
        }
        return fields;
    }

    private static Object value(String name, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.intValue();
        }
        String text = node.textValue();
        if (TEXT.contains(name)) {
            return text.isBlank() ? null : text;
        }
        if (MOMENTS.contains(name)) {
            return moment(text).toString();
        }
        if (name.equals("plannedTime")) {
            return LocalTime.parse(text, DateTimeFormatter.ofPattern("H:mm")).toString();
        }
        return text;
    }

    private static Instant moment(String text) {
        Instant moment;
        try {
            moment = Instant.parse(text);
        } catch (DateTimeParseException e) {
            moment = OffsetDateTime.parse(text).toInstant();
        }
        return moment.truncatedTo(ChronoUnit.MILLIS);
    }
}
