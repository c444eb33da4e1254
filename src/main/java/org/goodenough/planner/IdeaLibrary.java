package org.goodenough.planner;

import static org.goodenough.planner.InputCheck.SHORT_TEXT;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.goodenough.domain.Category;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Stakes;
import org.goodenough.store.IdeaRepository;
import org.goodenough.store.Reason;

/**
 * The idea library: our ideas and the person's own. Ideas are hidden, never destroyed, so a
 * built-in idea can always be brought back.
 */
public final class IdeaLibrary {

    private final Supplier<BuiltInIdeas> builtIn;
    private final IdeaRepository ideas;
    private final Clock clock;

    /** {@code builtIn} is asked for only when the library is first used, not at start-up. */
    public IdeaLibrary(Supplier<BuiltInIdeas> builtIn, IdeaRepository ideas, Clock clock) {
        this.builtIn = builtIn;
        this.ideas = ideas;
        this.clock = clock;
    }

    /** Every idea, hidden ones marked: ours first, in library order, then the person's own. */
    public List<Idea> all() {
        Set<String> hidden = ideas.hiddenBuiltIns();
        List<Idea> all = new ArrayList<>();
        for (Idea idea : builtIn.get().all()) {
            all.add(hidden.contains(idea.key()) ? idea.hidden(true) : idea);
        }
        for (Idea own : ideas.ownIdeas()) {
            all.add(mark(own));
        }
        return all;
    }

    public List<Idea> find(IdeaFilter filter) {
        return all().stream().filter(filter::matches).toList();
    }

    public Idea add(IdeaInput input) {
        IdeaInput checked = check(input);
        return mark(ideas.addOwn(checked.title(), checked.category(), checked.stakes(),
                checked.tip(), now()));
    }

    /** Changes one of the person's own ideas; ours cannot be changed, only hidden. */
    public Idea edit(Idea idea, IdeaInput input) {
        if (!idea.own()) {
            throw new NotPossibleNowException(Reason.of("notNow.builtInIdea"),
                    "Ideas that come with Good Enough cannot be changed. Plan from it and change the plan, or write your own.");
        }
        IdeaInput checked = check(input);
        return mark(ideas.updateOwn(idea.ownId(), checked.title(), checked.category(),
                checked.stakes(), checked.tip(), now()));
    }

    /** Hides an idea from the library, or with {@code false} brings it back. */
    public Idea hide(Idea idea, boolean hidden) {
        if (idea.own()) {
            return mark(ideas.setOwnHidden(idea.ownId(), hidden, now()));
        }
        ideas.setBuiltInHidden(idea.key(), hidden, now());
        return idea.hidden(hidden);
    }

    /**
     * Ideas with lower stakes than {@code stakes}, in the same category when one is given,
     * lowest stakes first; hidden ideas are never suggested.
     */
    public List<Idea> smallerThan(Stakes stakes, Category category, int limit) {
        List<Idea> smaller = new ArrayList<>();
        for (Stakes lower : Stakes.values()) {
            if (stakes != null && lower.compareTo(stakes) >= 0) {
                break;
            }
            find(new IdeaFilter(category, lower, "", false)).stream()
                    .filter(idea -> !idea.withClinician())
                    .forEach(smaller::add);
        }
        return smaller.stream().limit(limit).toList();
    }

    private static IdeaInput check(IdeaInput input) {
        InputCheck check = new InputCheck();
        String title = check.required(Field.IDEA_TITLE, input.title(),
                Sentences.get("check.ideaTitle"));
        String tip = check.optional(Field.IDEA_TIP, input.tip(), SHORT_TEXT);
        check.complete();
        return new IdeaInput(title, input.category(), input.stakes(), tip);
    }

    private static Idea mark(Idea own) {
        return new Idea(own.key(), own.title(), own.category(), own.stakes(), own.tip(), true,
                own.hidden(), HealthTopics.touch(own.title(), own.tip()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
