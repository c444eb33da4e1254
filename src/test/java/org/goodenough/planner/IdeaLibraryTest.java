package org.goodenough.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.goodenough.domain.Category;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Stakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdeaLibraryTest {

    @TempDir
    Path folder;
    private JournalSession session;
    private IdeaLibrary library;

    @BeforeEach
    void open() {
        session = JournalSession.open(folder.resolve("journal.db"), Clock.systemUTC());
        library = session.library();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theShippedLibraryCoversEveryCategoryAtEveryStakesLevel() {
        List<Idea> ideas = BuiltInIdeas.shipped().all();
        assertTrue(ideas.size() >= 80, "at least 80 ideas, found " + ideas.size());
        Map<Category, List<Idea>> byCategory = ideas.stream()
                .collect(Collectors.groupingBy(Idea::category));
        for (Category category : Category.values()) {
            List<Idea> inCategory = byCategory.getOrDefault(category, List.of());
            assertTrue(inCategory.size() >= 4, category + " has " + inCategory.size() + " ideas");
            Set<Stakes> stakes = inCategory.stream().map(Idea::stakes).collect(Collectors.toSet());
            assertEquals(EnumSet.allOf(Stakes.class), stakes, category + " lacks a stakes level");
        }
        Set<String> keys = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (Idea idea : ideas) {
            assertTrue(keys.add(idea.key()), "duplicate key " + idea.key());
            assertTrue(titles.add(idea.title().toLowerCase(Locale.ROOT)), "duplicate " + idea.title());
            assertFalse(idea.tip().isBlank(), idea.key() + " has a tip");
            assertFalse(idea.tip().contains("\n") || idea.title().contains("\n"),
                    idea.key() + " is one line");
            assertFalse(idea.own() || idea.hidden());
        }
        assertTrue(ideas.stream().anyMatch(Idea::withClinician),
                "ideas touching eating, body or health are marked");
        for (Idea idea : ideas) {
            if (idea.withClinician()) {
                assertTrue(HealthTopics.touch(idea.title()), "a plan made from \"" + idea.title()
                        + "\" would lose its note to plan it with a clinician");
            }
        }
    }

    @Test
    void theGermanLibraryHoldsTheEnglishIdeasInGerman() {
        List<Idea> english = BuiltInIdeas.shipped(Locale.ENGLISH).all();
        List<Idea> german = BuiltInIdeas.shipped(Locale.GERMAN).all();
        assertEquals(english.size(), german.size());
        for (int i = 0; i < english.size(); i++) {
            Idea en = english.get(i);
            Idea de = german.get(i);
            assertEquals(en.key(), de.key(), "the same ids in the same order");
            assertEquals(en.category(), de.category(), en.key());
            assertEquals(en.stakes(), de.stakes(), en.key());
            assertEquals(en.withClinician(), de.withClinician(), en.key());
            assertFalse(de.title().isBlank() || de.tip().isBlank(), de.key() + " has words");
            assertFalse(de.tip().contains("\n") || de.title().contains("\n"), de.key() + " is one line");
            assertFalse(en.title().equals(de.title()) || en.tip().equals(de.tip()),
                    de.key() + " is in German");
            assertEquals(en.withClinician(), HealthTopics.touch(de.title()),
                    "a plan made from \"" + de.title() + "\" keeps its note to plan with a clinician");
        }
        assertEquals(english, BuiltInIdeas.shipped(Locale.FRENCH).all(),
                "a language without a translation reads the English library");
    }

    @Test
    void aGermanLibraryShowsAndFindsGermanIdeas() {
        try {
            Sentences.use(Locale.GERMAN);
            Idea typo = library.all().get(0);
            assertEquals(Idea.BUILT_IN + "work-typo-in-team-chat", typo.key());
            assertEquals("Eine Nachricht im Team-Chat mit einem kleinen Tippfehler abschicken",
                    typo.title());
            assertTrue(library.find(new IdeaFilter(null, null, "tippfehler team", false))
                    .contains(typo), "found by its German words");
            assertTrue(library.find(new IdeaFilter(null, null, "Parklucke", false)).stream()
                    .anyMatch(i -> i.key().equals(Idea.BUILT_IN + "public-park-a-little-crooked")),
                    "found without the umlaut");
            assertTrue(library.find(new IdeaFilter(null, null, "Pünktlichkeit", false)).stream()
                    .allMatch(i -> i.category() == Category.TIME_AND_PUNCTUALITY),
                    "found by the German name of its category");
            assertFalse(library.find(new IdeaFilter(null, null, "Pünktlichkeit", false)).isEmpty());

            library.hide(typo, true);
            Sentences.use(Locale.ENGLISH);
            Idea hidden = library.find(new IdeaFilter(null, null, "typo team", true)).get(0);
            assertEquals(typo.key(), hidden.key());
            assertTrue(hidden.hidden(), "hiding an idea in German hides it in English too");
        } finally {
            Sentences.use(Locale.ENGLISH);
        }
    }

    @Test
    void aBrokenLibraryIsRefusedWithAReason() {
        String one = "{\"id\":\"a-b\",\"title\":\"T\",\"category\":\"SOCIAL\",\"stakes\":\"LOW\","
                + "\"tip\":\"t.\",\"withClinician\":false}";
        assertThrows(IllegalArgumentException.class, () -> read("{\"version\":1,\"ideas\":[" + one
                + "," + one + "]}"), "a duplicate id");
        assertThrows(IllegalArgumentException.class, () -> read("{\"version\":1,\"ideas\":[{\"id\":"
                + "\"x\",\"title\":\"T\",\"category\":\"SOCIAL\",\"stakes\":\"LOW\"}]}"), "no tip");
        assertThrows(Exception.class, () -> read("{\"version\":1,\"ideas\":[{\"id\":\"x\","
                + "\"title\":\"T\",\"category\":\"SPORTS\",\"stakes\":\"LOW\",\"tip\":\"t\"}]}"),
                "an unknown category");
        assertThrows(IllegalArgumentException.class, () -> read("{\"version\":1,\"ideas\":[]}"));
    }

    private static BuiltInIdeas read(String json) throws Exception {
        return BuiltInIdeas.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ownIdeasAreAddedChangedAndHiddenAndKeptInTheJournal() {
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> library.add(new IdeaInput("  ", null, null, "x".repeat(1001))));
        assertEquals(Set.of(Field.IDEA_TITLE, Field.IDEA_TIP), invalid.problems().keySet());

        Idea mine = library.add(new IdeaInput(" Hum off-key in the lift ", Category.EVERYDAY_PUBLIC_LIFE,
                Stakes.LOW, "Notice who looks. Zoë’s café 😅"));
        assertTrue(mine.own());
        assertEquals("Hum off-key in the lift", mine.title());
        Idea changed = library.edit(mine, new IdeaInput("Hum off-key in a busy lift",
                Category.EVERYDAY_PUBLIC_LIFE, Stakes.MEDIUM, null));
        library.hide(changed, true);

        session.close();
        session = JournalSession.open(folder.resolve("journal.db"), Clock.systemUTC());
        library = session.library();
        Idea read = library.all().stream().filter(Idea::own).findFirst().orElseThrow();
        assertEquals("Hum off-key in a busy lift", read.title());
        assertEquals(Stakes.MEDIUM, read.stakes());
        assertTrue(read.hidden());
        assertFalse(library.find(IdeaFilter.ALL).contains(read), "hidden ideas are not listed");
        assertTrue(library.find(new IdeaFilter(null, null, "lift", true)).contains(read));
    }

    @Test
    void ourIdeasCanBeHiddenAndBroughtBackButNeverChangedOrLost() {
        int before = library.all().size();
        Idea ours = library.all().get(0);
        assertThrows(NotPossibleNowException.class,
                () -> library.edit(ours, new IdeaInput("Something else", null, null, null)));

        library.hide(ours, true);
        assertEquals(before, library.all().size(), "hiding removes nothing");
        assertTrue(library.all().get(0).hidden());
        assertFalse(library.find(IdeaFilter.ALL).stream().anyMatch(i -> i.key().equals(ours.key())));

        library.hide(ours, false);
        assertFalse(library.all().get(0).hidden());
        assertEquals(ours, library.all().get(0));
    }

    @Test
    void searchMatchesEveryWordInAnyCaseWithOrWithoutAccents() {
        Idea cafe = library.add(new IdeaInput("Order at the CAFÉ without rehearsing",
                Category.EVERYDAY_PUBLIC_LIFE, Stakes.LOW, "Notice the barista."));
        assertTrue(library.find(new IdeaFilter(null, null, "cafe  rehearsing", false)).contains(cafe));
        assertTrue(library.find(new IdeaFilter(Category.EVERYDAY_PUBLIC_LIFE, Stakes.LOW, "barista",
                false)).contains(cafe));
        assertFalse(library.find(new IdeaFilter(Category.SOCIAL, null, "", false)).contains(cafe));
        assertFalse(library.find(new IdeaFilter(null, Stakes.HIGH, "", false)).contains(cafe));
        assertTrue(library.find(new IdeaFilter(null, null, "café zebra", false)).isEmpty());
        List<Idea> typos = library.find(new IdeaFilter(null, null, "typo", false));
        assertFalse(typos.isEmpty());
        assertTrue(typos.stream().allMatch(i -> (i.title() + i.tip()).toLowerCase(Locale.ROOT)
                .contains("typo")));
    }

    @Test
    void mistakesTouchingEatingBodyOrHealthAreRecognised() {
        assertTrue(HealthTopics.touch("Eat lunch without checking the label"));
        assertTrue(HealthTopics.touch(null, "Skip the last ten minutes of my WORKOUT"));
        assertFalse(HealthTopics.touch("Send the email with a typo", null));
        assertFalse(HealthTopics.touch("Ask somebody an obvious question"));
        Idea own = library.add(new IdeaInput("Have a snack without counting it", null, null, null));
        assertTrue(own.withClinician());
    }
}
