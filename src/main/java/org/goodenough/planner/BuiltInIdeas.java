package org.goodenough.planner;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.goodenough.domain.Category;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Stakes;

/**
 * The ideas we wrote and ship with the app, read once per language from {@code ideas.json} or
 * its translation ({@code ideas_de.json}), which holds the same ids, categories and stakes.
 */
public final class BuiltInIdeas {

    static final String RESOURCE = "ideas.json";

    /** Each language's library, read the first time it is asked for. */
    private static final Map<String, BuiltInIdeas> SHIPPED = new ConcurrentHashMap<>();

    private final List<Idea> ideas;

    private BuiltInIdeas(List<Idea> ideas) {
        this.ideas = List.copyOf(ideas);
    }

    /** The library as shipped, in the language of the planner's sentences. */
    public static BuiltInIdeas shipped() {
        return shipped(Sentences.locale());
    }

    /** The library as shipped in {@code language}, English when it has no translation. */
    public static BuiltInIdeas shipped(Locale language) {
        return SHIPPED.computeIfAbsent(Sentences.shippedFile(RESOURCE, language),
                BuiltInIdeas::load);
    }

    /** Reads and checks a library; a broken one is refused with a plain reason. */
    static BuiltInIdeas read(InputStream json) throws IOException {
        ObjectMapper mapper = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        IdeaFile file = mapper.readValue(json, IdeaFile.class);
        if (file.ideas() == null || file.ideas().isEmpty()) {
            throw new IllegalArgumentException("The idea library holds no ideas");
        }
        Set<String> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        List<Idea> ideas = file.ideas().stream().map(entry -> {
            entry.check();
            if (!ids.add(entry.id())) {
                throw new IllegalArgumentException("Two ideas share the id " + entry.id());
            }
            if (!titles.add(entry.title().strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Two ideas share the title " + entry.title());
            }
            return new Idea(Idea.BUILT_IN + entry.id(), entry.title().strip(), entry.category(),
                    entry.stakes(), entry.tip().strip(), false, false,
                    Boolean.TRUE.equals(entry.withClinician()));
        }).toList();
        return new BuiltInIdeas(ideas);
    }

    public List<Idea> all() {
        return ideas;
    }

    /** The file's shape: Jackson reads it into these records, kept apart from the domain. */
    record IdeaFile(int version, List<IdeaEntry> ideas) {
    }

    record IdeaEntry(String id, String title, Category category, Stakes stakes, String tip,
            Boolean withClinician) {

        void check() {
            if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("An idea has no usable id: " + id);
            }
            if (title == null || title.isBlank() || tip == null || tip.isBlank()
                    || category == null || stakes == null) {
                throw new IllegalArgumentException("The idea " + id
                        + " needs a title, a category, stakes and a tip");
            }
        }
    }

    private static BuiltInIdeas load(String resource) {
        try (InputStream in = BuiltInIdeas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The idea library is missing from the app");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The idea library could not be read", e);
        }
    }
}
