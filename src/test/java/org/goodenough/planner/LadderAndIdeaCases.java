package org.goodenough.planner;

import static org.goodenough.domain.TextLimits.LONG;
import static org.goodenough.domain.TextLimits.SHORT;
import static org.goodenough.planner.ExposureCases.same;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.goodenough.domain.Category;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Rung;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.Attempt.Expected;

/**
 * Hostile cases at the ladder planner's and the idea library's doors: make, change, rate and
 * delete ladders, put rungs on and off and move them, and write, change and hide ideas.
 */
final class LadderAndIdeaCases {

    private static final int[] MOVES = {-1, 1, -2, 3, Integer.MIN_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1};

    private final LadderPlanner ladders;
    private final ExposurePlanner planner;
    private final IdeaLibrary library;
    private final PlannerState state;
    private final Attempt attempt;
    private final HostileFields fields;

    LadderAndIdeaCases(JournalSession session, PlannerState state, Attempt attempt,
            HostileFields fields) {
        this.ladders = session.ladders();
        this.planner = session.planner();
        this.library = session.library();
        this.state = state;
        this.attempt = attempt;
        this.fields = fields;
    }

    /** Runs one case, chosen by {@code roll} (0–99), telling the attempt what it does. */
    void run(int roll) {
        if (roll < 20) {
            createOrEditLadder(roll < 12);
        } else if (roll < 32) {
            rateBelief();
        } else if (roll < 37) {
            deleteLadder();
        } else if (roll < 55) {
            rungs();
        } else if (roll < 75) {
            addIdea();
        } else if (roll < 90) {
            editIdea();
        } else {
            hideIdea();
        }
    }

    private void createOrEditLadder(boolean create) {
        boolean[] bad = fields.spoiled(3);
        Typed<String> name = fields.required(SHORT, bad[0]);
        Typed<String> belief = fields.optional(LONG, bad[1]);
        Typed<Integer> strength = fields.rating(bad[2]);
        Set<Field> problems = EnumSet.noneOf(Field.class);
        add(name, Field.LADDER_NAME, problems);
        add(belief, Field.BELIEF, problems);
        add(strength, Field.BELIEF_STRENGTH, problems);
        LadderInput input = new LadderInput(name.raw(), belief.raw(), strength.raw());
        long id = create ? 0 : state.ladderOrMissing();
        Optional<Ladder> was = create ? Optional.empty() : ladders.find(id);
        Expected expected = !problems.isEmpty() ? Expected.invalid(problems)
                : !create && was.isEmpty() ? Expected.NO_LONGER_THERE : Expected.SAVED;
        String what = (create ? "create ladder " : "edit ladder " + id + " ") + name + " " + belief
                + " " + strength;
        Ladder saved = attempt.run(what, expected, () -> create ? null : overviewOrNull(id),
                () -> create ? ladders.create(input) : ladders.edit(id, input));
        if (saved != null) {
            Percent rated = strength.value() == null ? null : Percent.of(strength.value());
            same(name.value(), saved.name(), "the ladder's name");
            same(belief.value(), saved.belief(), "the ladder's belief");
            same(rated, saved.beliefStrength(), "the belief's strength");
            same(Optional.of(saved), ladders.find(saved.id()), "the ladder read back");
            boolean newRating = rated != null
                    && (create || !rated.equals(was.get().beliefStrength()));
            attempt.changed(0, 0, create ? 1 : 0, newRating ? 1 : 0, 0, 0);
            if (create) {
                state.addedLadder(saved.id());
            }
        }
    }

    private void rateBelief() {
        long id = state.ladderOrMissing();
        Typed<Integer> strength = fields.requiredRating(state.random().nextInt(3) == 0);
        Expected expected = strength.refused() ? Expected.invalid(Set.of(Field.BELIEF_STRENGTH))
                : ladders.find(id).isEmpty() ? Expected.NO_LONGER_THERE : Expected.SAVED;
        Ladder saved = attempt.run("rate ladder " + id + " " + strength, expected, () -> overviewOrNull(id),
                () -> ladders.rateBelief(id, strength.raw()));
        if (saved != null) {
            same(Percent.of(strength.value()), saved.beliefStrength(), "the belief's new strength");
            attempt.changed(0, 0, 0, 1, 0, 0);
        }
    }

    private void deleteLadder() {
        long id = state.ladderOrMissing();
        Optional<LadderOverview> was = Optional.ofNullable(overviewOrNull(id));
        Expected expected = was.isEmpty() ? Expected.NO_LONGER_THERE : Expected.SAVED;
        Boolean deleted = attempt.run("delete ladder " + id, expected, () -> overviewOrNull(id), () -> {
            ladders.delete(id);
            return true;
        });
        if (deleted != null) {
            same(Optional.empty(), ladders.find(id), "a deleted ladder");
            for (Rung rung : was.get().rungs()) {
                rung.series().forEach(e -> same(null, planner.find(e.id()).orElseThrow().plan()
                        .ladderId(), "the ladder of an exposure whose ladder was deleted"));
            }
            attempt.changed(0, 0, -1, -was.get().history().size(), 0, 0);
            state.deletedLadder(id);
        }
    }

    private void rungs() {
        long ladderId = state.ladderOrMissing();
        LadderOverview was = overviewOrNull(ladderId);
        int roll = state.random().nextInt(3);
        if (roll == 0 || was == null || was.rungs().isEmpty()) {
            long exposureId = state.exposureOrMissing();
            Expected expected = was == null || planner.find(exposureId).isEmpty()
                    ? Expected.NO_LONGER_THERE : Expected.SAVED;
            LadderOverview now = attempt.run("put exposure " + exposureId + " on ladder " + ladderId,
                    expected, () -> overviewOrNull(ladderId),
                    () -> ladders.add(ladderId, exposureId));
            if (now != null && now.rungs().stream().noneMatch(r -> r.holds(exposureId))) {
                throw new AssertionError("exposure " + exposureId + " is not on the ladder it was added to");
            }
            if (now != null) {
                attempt.changed(0, 0, 0, 0, 0, 0);
            }
            return;
        }
        List<Rung> rungs = was.rungs();
        int from = state.random().nextInt(rungs.size());
        long series = rungs.get(from).seriesId();
        if (roll == 1) {
            LadderOverview now = attempt.run("take series " + series + " off ladder " + ladderId,
                    Expected.SAVED, () -> null, () -> ladders.takeOff(ladderId, series));
            if (now.rungs().stream().anyMatch(r -> r.seriesId() == series)) {
                throw new AssertionError("series " + series + " is still on the ladder it was taken off");
            }
            attempt.changed(0, 0, 0, 0, 0, 0);
            return;
        }
        int by = MOVES[state.random().nextInt(MOVES.length)];
        LadderOverview now = attempt.run("move series " + series + " on ladder " + ladderId + " by "
                + by, Expected.SAVED, () -> null, () -> ladders.move(ladderId, series, by));
        long to = Math.max(0, Math.min(rungs.size() - 1, (long) from + by));
        same(series, now.rungs().get((int) to).seriesId(), "the rung moved by " + by + " from " + from);
        attempt.changed(0, 0, 0, 0, 0, 0);
    }

    private void addIdea() {
        IdeaForm form = IdeaForm.random(fields, state);
        Idea saved = attempt.run("add idea " + form, form.expected(), () -> null, () -> library.add(form.input()));
        if (saved != null) {
            form.check(saved);
            same(Optional.of(saved), ownIdea(saved.key()), "the idea read back");
            attempt.changed(0, 0, 0, 0, 1, 0);
        }
    }

    private void editIdea() {
        Idea idea = anyIdea();
        IdeaForm form = IdeaForm.random(fields, state);
        Expected expected = idea.own() ? form.expected() : Expected.NOT_POSSIBLE;
        Idea saved = attempt.run("edit idea " + idea.key() + " " + form, expected, () -> ownIdea(idea.key()),
                () -> library.edit(idea, form.input()));
        if (saved != null) {
            form.check(saved);
            same(idea.hidden(), saved.hidden(), "whether a changed idea is hidden");
            same(Optional.of(saved), ownIdea(saved.key()), "the changed idea read back");
            attempt.changed(0, 0, 0, 0, 0, 0);
        }
    }

    private void hideIdea() {
        Idea idea = anyIdea();
        boolean hide = state.random().nextBoolean();
        Idea saved = attempt.run((hide ? "hide idea " : "show idea ") + idea.key(), Expected.SAVED, () -> null, () -> library.hide(idea, hide));
        same(hide, saved.hidden(), "whether the idea is hidden");
        int hiddenChange = idea.own() || idea.hidden() == hide ? 0 : hide ? 1 : -1;
        attempt.changed(0, 0, 0, 0, 0, hiddenChange);
        boolean shownNow = library.all().stream()
                .anyMatch(i -> i.key().equals(idea.key()) && i.hidden() == hide);
        same(true, shownNow, "the idea's hidden mark in the library");
    }

    private Idea anyIdea() {
        List<Idea> all = library.all();
        List<Idea> own = all.stream().filter(Idea::own).toList();
        List<Idea> from = own.isEmpty() || state.random().nextInt(4) == 0 ? all : own;
        return from.get(state.random().nextInt(from.size()));
    }

    private Optional<Idea> ownIdea(String key) {
        return library.all().stream().filter(i -> i.own() && i.key().equals(key)).findFirst();
    }

    private LadderOverview overviewOrNull(long id) {
        return ladders.find(id).isPresent() ? ladders.overview(id) : null;
    }

    private static void add(Typed<?> typed, Field field, Set<Field> problems) {
        if (typed.refused()) {
            problems.add(field);
        }
    }

    /** An own idea's form filled in at random. */
    private record IdeaForm(Typed<String> title, Category category, Stakes stakes, Typed<String> tip) {

        static IdeaForm random(HostileFields fields, PlannerState state) {
            boolean[] bad = fields.spoiled(2);
            return new IdeaForm(fields.required(SHORT, bad[0]), state.maybe(Category.values()),
                    state.maybe(Stakes.values()), fields.optional(SHORT, bad[1]));
        }

        IdeaInput input() {
            return new IdeaInput(title.raw(), category, stakes, tip.raw());
        }

        Expected expected() {
            Set<Field> problems = EnumSet.noneOf(Field.class);
            add(title, Field.IDEA_TITLE, problems);
            add(tip, Field.IDEA_TIP, problems);
            return problems.isEmpty() ? Expected.SAVED : Expected.invalid(problems);
        }

        void check(Idea saved) {
            same(title.value(), saved.title(), "the idea's title");
            same(tip.value(), saved.tip(), "the idea's tip");
            same(category, saved.category(), "the idea's category");
            same(stakes, saved.stakes(), "the idea's stakes");
            same(true, saved.own(), "whether the idea is the person's own");
        }

        @Override
        public String toString() {
            return "[title " + title + ", " + category + ", " + stakes + ", tip " + tip + "]";
        }
    }
}
