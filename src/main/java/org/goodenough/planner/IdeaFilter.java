package org.goodenough.planner;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.goodenough.domain.Category;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Stakes;

/**
 * What the person is looking for in the library: a category, stakes and words, each optional.
 * Every word typed must appear in the idea's title, tip or category (its English name or its
 * name in the planner's language), in any case and with or without accents.
 */
public record IdeaFilter(Category category, Stakes stakes, String words, boolean withHidden) {

    public static final IdeaFilter ALL = new IdeaFilter(null, null, "", false);

    public boolean matches(Idea idea) {
        if (idea.hidden() && !withHidden) {
            return false;
        }
        if (category != null && idea.category() != category) {
            return false;
        }
        if (stakes != null && idea.stakes() != stakes) {
            return false;
        }
        String text = plain(idea.title() + " " + (idea.tip() == null ? "" : idea.tip()) + " "
                + (idea.category() == null ? "" : idea.category().label() + " "
                        + Sentences.get("insight.category." + idea.category().name())));
        return searchWords().stream().allMatch(text::contains);
    }

    private List<String> searchWords() {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        return Arrays.stream(plain(words).split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
