package org.goodenough.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Reflection;
import org.junit.jupiter.api.Test;

/** The demo journal in a German window: the same person and weeks, told in German. */
class GermanDemoJournalTest {

    /** The fields of the demo file a person reads; everything else is its structure. */
    private static final Set<String> WORDS = Set.of("about", "name", "belief", "mistake", "place",
            "feared", "safety", "coping", "compassion", "happened", "felt", "worse", "better",
            "learned");

    private final Clock clock = Clock.systemDefaultZone();

    @Test
    void theGermanFileHasTheEnglishStructureWithEveryTextInGerman() throws Exception {
        JsonNode english = file(DemoSeed.RESOURCE);
        JsonNode german = file(Sentences.shippedFile(DemoSeed.RESOURCE, Locale.GERMAN));
        assertEquals("demo-journal_de.json", Sentences.shippedFile(DemoSeed.RESOURCE, Locale.GERMAN));
        assertEquals(withoutWords(english.deepCopy()), withoutWords(german.deepCopy()),
                "the same days, ratings, statuses, ladders and series");
        Set<String> englishTexts = texts(english);
        for (String text : texts(german)) {
            assertFalse(englishTexts.contains(text), "still English: " + text);
        }
    }

    @Test
    void aGermanDemoIsPlayedThroughThePlannerInGerman() throws Exception {
        Set<String> germanTexts = texts(file("demo-journal_de.json"));
        List<Exposure> english;
        List<Ladder> englishLadders;
        try (JournalSession demo = DemoJournal.open(clock)) {
            english = all(demo);
            englishLadders = byId(demo.ladders().all());
        }
        List<Exposure> german;
        List<Ladder> germanLadders;
        try {
            Sentences.use(Locale.GERMAN);
            try (JournalSession demo = DemoJournal.open(clock)) {
                german = all(demo);
                germanLadders = byId(demo.ladders().all());
            }
        } finally {
            Sentences.use(Locale.ENGLISH);
        }

        assertEquals(english.size(), german.size());
        for (int i = 0; i < english.size(); i++) {
            Exposure en = english.get(i);
            Exposure de = german.get(i);
            assertEquals(shape(en), shape(de), "the same exposure in both languages");
            Plan plan = de.plan();
            assertFalse(plan.mistake().equals(en.plan().mistake()), plan.mistake());
            for (String text : planTexts(plan)) {
                assertTrue(germanTexts.contains(text), "not from the German demo: " + text);
            }
            Reflection said = de.reflection();
            if (said != null) {
                Stream.of(said.whatHappened(), said.felt(), said.worse(), said.better(),
                        said.learned()).filter(t -> t != null && !t.isBlank()).forEach(t ->
                        assertTrue(germanTexts.contains(t), "not from the German demo: " + t));
            }
        }
        assertEquals(englishLadders.size(), germanLadders.size());
        for (int i = 0; i < englishLadders.size(); i++) {
            assertEquals(englishLadders.get(i).beliefStrength(), germanLadders.get(i).beliefStrength());
            assertTrue(germanTexts.contains(germanLadders.get(i).name()));
            assertTrue(germanTexts.contains(germanLadders.get(i).belief()));
        }
        assertTrue(german.stream().anyMatch(e -> e.plan().mistake()
                .equals("Die Status-Mail am Montag mit einem Tippfehler abschicken")));
    }

    private static List<Object> shape(Exposure exposure) {
        Plan plan = exposure.plan();
        Reflection said = exposure.reflection();
        return Arrays.asList(exposure.status(), exposure.seriesId(), exposure.repeatOf(),
                exposure.distress(), plan.category(), plan.stakes(), plan.date(), plan.time(),
                plan.likelihood(), plan.expectedDistress(), plan.ladderId(),
                said == null ? null : said.outcome(), said == null ? null : said.likelihoodAfter());
    }

    /** Ladders in the order they were made (the journal lists them by name). */
    private static List<Ladder> byId(List<Ladder> ladders) {
        return ladders.stream().sorted(Comparator.comparingLong(Ladder::id)).toList();
    }

    private static List<String> planTexts(Plan plan) {
        return Stream.of(plan.mistake(), plan.place(), plan.fearedOutcome(),
                plan.safetyBehaviour(), plan.copingPlan(), plan.selfCompassion())
                .filter(t -> t != null && !t.isBlank()).toList();
    }

    private static List<Exposure> all(JournalSession session) {
        List<Exposure> all = new ArrayList<>();
        for (JournalSection section : JournalSection.values()) {
            all.addAll(session.planner().list(section, 0, 1000));
        }
        all.sort(Comparator.comparingLong(Exposure::id));
        return all;
    }

    private static JsonNode file(String name) throws Exception {
        try (InputStream in = DemoSeed.class.getResourceAsStream(name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** The file with its words taken out: its structure. */
    private static JsonNode withoutWords(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(WORDS);
        }
        node.forEach(GermanDemoJournalTest::withoutWords);
        return node;
    }

    private static Set<String> texts(JsonNode node) {
        Set<String> texts = new HashSet<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (WORDS.contains(field.getKey()) && !field.getValue().asText().isEmpty()) {
                texts.add(field.getValue().asText());
            }
        }
        node.forEach(child -> texts.addAll(texts(child)));
        return texts;
    }
}
