package org.goodenough.planner;

import static org.goodenough.domain.TextLimits.LONG;
import static org.goodenough.domain.TextLimits.SHORT;
import static org.goodenough.planner.Attempt.Ending.NOT_POSSIBLE;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.goodenough.HostileText;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureFilter;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Reflection;
import org.goodenough.domain.Suds;
import org.goodenough.planner.Attempt.Expected;

/**
 * Hostile cases at the exposure planner's doors: plan, change, check, mark done, reflect,
 * set aside, repeat, delete and search, on exposures that exist and on ones that do not.
 */
final class ExposureCases {

    private final ExposurePlanner planner;
    private final JournalSearch search;
    private final PlannerState state;
    private final Attempt attempt;
    private final HostileFields fields;
    private final HostileText text;
    /** Exposures that carry a word made for searching, by that word. */
    private final Map<String, Long> marked = new HashMap<>();

    ExposureCases(JournalSession session, PlannerState state, Attempt attempt, HostileFields fields,
            HostileText text) {
        this.planner = session.planner();
        this.search = session.search();
        this.state = state;
        this.attempt = attempt;
        this.fields = fields;
        this.text = text;
    }

    /** Runs one case, chosen by {@code roll} (0–99), telling the attempt what it does. */
    void run(int roll) {
        if (roll < 35) {
            plan();
        } else if (roll < 50) {
            edit();
        } else if (roll < 65) {
            markDone();
        } else if (roll < 80) {
            reflect();
        } else if (roll < 87) {
            changeStatus();
        } else if (roll < 91) {
            repeat();
        } else if (roll < 94) {
            delete();
        } else if (roll < 97) {
            checkOnly();
        } else {
            search();
        }
    }

    private void plan() {
        PlanForm form = PlanForm.random(fields, state);
        String marker = null;
        if (form.expected().equals(Expected.SAVED) && state.random().nextInt(10) == 0) {
            marker = "marker" + text.word() + marked.size();
            String mistake = marker + " " + text.keepable(1 + state.random().nextInt(200));
            form = form.withMistake(Typed.kept(mistake, mistake));
        }
        PlanInput input = form.input();
        Exposure saved = attempt.run("plan " + form, form.expected(), () -> null, () -> planner.plan(input));
        if (saved != null) {
            same(form.plan(), saved.plan(), "the saved plan");
            same(ExposureStatus.PLANNED, saved.status(), "the status of a new plan");
            same(Distress.NOT_RATED, saved.distress(), "the distress of a new plan");
            readBack(saved);
            attempt.changed(1, 0, 0, 0, 0, 0);
            state.added(saved.id());
            if (marker != null) {
                marked.put(marker, saved.id());
            }
        }
    }

    private void edit() {
        long id = state.exposureOrMissing();
        PlanForm form = PlanForm.random(fields, state);
        Optional<Exposure> before = planner.find(id);
        Expected expected = form.expected().equals(Expected.SAVED) && before.isEmpty()
                ? Expected.NO_LONGER_THERE : form.expected();
        Exposure saved = attempt.run("edit " + id + " " + form, expected, () -> planner.find(id),
                () -> planner.edit(id, form.input()));
        if (saved != null) {
            Exposure was = before.orElseThrow();
            same(form.plan(), saved.plan(), "the changed plan");
            same(new Exposure(was.id(), was.uid(), form.plan(), was.status(), was.doneAt(),
                    was.distress(), was.reflection(), was.repeatOf(), was.createdAt(),
                    saved.updatedAt()), saved, "the changed exposure, apart from its plan");
            readBack(saved);
            marked.values().removeIf(marked -> marked == id);
            for (Exposure member : planner.series(id)) {
                same(form.plan().ladderId(), member.plan().ladderId(), "the ladder of its series");
            }
            attempt.changed(0, 0, 0, 0, 0, 0);
        }
    }

    private void markDone() {
        long id = state.exposureOrMissing();
        boolean[] bad = fields.spoiled(3);
        Typed<Integer> before = fields.rating(bad[0]);
        Typed<Integer> peak = fields.rating(bad[1]);
        Typed<Integer> after = fields.rating(bad[2]);
        Set<Field> problems = EnumSet.noneOf(Field.class);
        refused(before, Field.DISTRESS_BEFORE, problems);
        refused(peak, Field.DISTRESS_PEAK, problems);
        refused(after, Field.DISTRESS_AFTER, problems);
        Optional<Exposure> was = planner.find(id);
        Expected expected = !problems.isEmpty() ? Expected.invalid(problems)
                : was.isEmpty() ? Expected.NO_LONGER_THERE : Expected.SAVED;
        Exposure saved = attempt.run("mark done " + id + " " + before + " " + peak + " " + after, expected, () -> planner.find(id), () -> planner.markDone(id,
                new DistressInput(before.raw(), peak.raw(), after.raw())));
        if (saved != null) {
            same(new Distress(suds(before), suds(peak), suds(after)), saved.distress(), "the distress");
            same(ExposureStatus.DONE, saved.status(), "the status once done");
            if (was.get().doneAt() != null) {
                same(was.get().doneAt(), saved.doneAt(), "when it was first done");
            } else if (saved.doneAt() == null) {
                throw new AssertionError("done, but with no moment it was done");
            }
            same(was.get().plan(), saved.plan(), "the plan of an exposure marked done");
            readBack(saved);
            attempt.changed(0, 0, 0, 0, 0, 0);
        }
    }

    private void reflect() {
        long id = state.random().nextInt(4) == 0 ? state.exposureOrMissing() : state.doneExposure(planner);
        boolean[] bad = fields.spoiled(6);
        Typed<String> happened = fields.optional(LONG, bad[0]);
        Typed<String> felt = fields.optional(LONG, bad[1]);
        Typed<String> worse = fields.optional(LONG, bad[2]);
        Typed<String> better = fields.optional(LONG, bad[3]);
        Typed<String> learned = fields.optional(LONG, bad[4]);
        Typed<Integer> likelihood = fields.rating(bad[5]);
        Outcome outcome = state.maybe(Outcome.values());
        Set<Field> problems = EnumSet.noneOf(Field.class);
        refused(happened, Field.WHAT_HAPPENED, problems);
        refused(felt, Field.FELT, problems);
        refused(worse, Field.WORSE, problems);
        refused(better, Field.BETTER, problems);
        refused(learned, Field.LEARNED, problems);
        refused(likelihood, Field.LIKELIHOOD_AFTER, problems);
        Optional<Exposure> was = planner.find(id);
        Expected expected = !problems.isEmpty() ? Expected.invalid(problems)
                : was.isEmpty() ? Expected.NO_LONGER_THERE
                : !was.get().isDone() ? Expected.NOT_POSSIBLE : Expected.SAVED;
        Exposure saved = attempt.run("reflect on " + id + " " + happened + " " + felt + " " + worse + " " + better
                + " " + learned + " " + likelihood, expected, () -> planner.find(id), () -> planner.reflect(id,
                new ReflectionInput(happened.raw(), outcome, felt.raw(), worse.raw(), better.raw(),
                        learned.raw(), likelihood.raw())));
        if (saved != null) {
            Reflection reflection = saved.reflection();
            same(new Reflection(happened.value(), outcome, felt.value(), worse.value(),
                    better.value(), learned.value(), percent(likelihood),
                    reflection == null ? null : reflection.reflectedAt()), reflection, "the reflection");
            same(was.get().plan(), saved.plan(), "the plan of an exposure reflected on");
            readBack(saved);
            attempt.changed(0, was.get().hasReflection() ? 0 : 1, 0, 0, 0, 0);
        }
    }

    private void changeStatus() {
        long id = state.exposureOrMissing();
        ExposureStatus target = state.pick(ExposureStatus.NOT_NOW, ExposureStatus.LET_GO,
                ExposureStatus.PLANNED);
        Expected expected = planner.find(id).isEmpty() ? Expected.NO_LONGER_THERE : Expected.SAVED;
        Supplier<Exposure> call = switch (target) {
            case NOT_NOW -> () -> planner.notNow(id);
            case LET_GO -> () -> planner.letGo(id);
            default -> () -> planner.planAgain(id);
        };
        Exposure saved = attempt.run("make " + id + " " + target, expected, () -> planner.find(id), call, NOT_POSSIBLE);
        if (saved != null) {
            same(target, saved.status(), "the new status");
            readBack(saved);
            attempt.changed(0, 0, 0, 0, 0, 0);
        }
    }

    private void repeat() {
        long id = state.random().nextBoolean() ? state.exposureOrMissing() : state.doneExposure(planner);
        Optional<Exposure> was = planner.find(id);
        Expected expected = was.isEmpty() ? Expected.NO_LONGER_THERE
                : was.get().isDone() ? Expected.SAVED : Expected.NOT_POSSIBLE;
        Exposure saved = attempt.run("repeat " + id, expected, () -> planner.find(id), () -> planner.repeat(id));
        if (saved != null) {
            same(was.get().seriesId(), saved.repeatOf(), "the series of a repeat");
            same(was.get().plan().mistake(), saved.plan().mistake(), "the mistake of a repeat");
            readBack(saved);
            attempt.changed(1, 0, 0, 0, 0, 0);
            state.added(saved.id());
        }
    }

    private void delete() {
        long id = state.exposureOrMissing();
        Optional<Exposure> was = planner.find(id);
        Expected expected = was.isEmpty() ? Expected.NO_LONGER_THERE : Expected.SAVED;
        Boolean deleted = attempt.run("delete " + id, expected, () -> planner.find(id), () -> {
            DeletionRequest request = planner.askToDelete(id);
            Attempt.forAPerson(request.consequence());
            planner.delete(request);
            return true;
        });
        if (deleted != null) {
            same(Optional.empty(), planner.find(id), "a deleted exposure");
            attempt.changed(-1, was.get().hasReflection() ? -1 : 0, 0, 0, 0, 0);
            state.deleted(id);
        }
    }

    private void checkOnly() {
        PlanForm form = PlanForm.random(fields, state);
        Plan checked = attempt.run("check " + form, form.expected(), () -> null, () -> planner.checked(form.input()));
        if (checked != null) {
            same(form.plan(), checked, "the checked plan");
            attempt.unchanged();
        }
    }

    private void search() {
        String words = switch (state.random().nextInt(5)) {
            case 0 -> text.piece();
            case 1 -> text.withControl(text.keepable(20));
            case 2 -> text.withLoneSurrogate(text.keepable(20));
            case 3 -> state.random().nextInt(20) == 0 ? text.megabyte() : text.keepable(2_000);
            default -> marked.isEmpty() ? text.word() : marked.keySet().iterator().next();
        };
        SearchResults found = attempt.run("search for " + HostileText.shown(words), Expected.SAVED, () -> null,
                () -> search.find(ExposureFilter.any().withWords(words), 20));
        attempt.unchanged();
        if (found.total() < found.found().size()) {
            throw new AssertionError("search found " + found.found().size() + " of " + found.total());
        }
    }

    /** Each exposure saved with a search word, still in the journal, is found by that word. */
    int checkMarkedAreFound() {
        int checked = 0;
        for (Map.Entry<String, Long> mark : marked.entrySet()) {
            if (!state.exposures().contains(mark.getValue())) {
                continue;
            }
            SearchResults found = search.find(ExposureFilter.any().withWords(mark.getKey()), 100);
            if (found.found().stream().noneMatch(f -> f.exposure().id() == mark.getValue())) {
                throw new AssertionError("searching for " + mark.getKey() + " does not find exposure "
                        + mark.getValue());
            }
            checked++;
        }
        return checked;
    }

    private void readBack(Exposure saved) {
        same(Optional.of(saved), planner.find(saved.id()), "the exposure read back");
    }

    private static void refused(Typed<?> typed, Field field, Set<Field> problems) {
        if (typed.refused()) {
            problems.add(field);
        }
    }

    private static Suds suds(Typed<Integer> rating) {
        return rating.value() == null ? null : Suds.of(rating.value());
    }

    private static Percent percent(Typed<Integer> rating) {
        return rating.value() == null ? null : Percent.of(rating.value());
    }

    static void same(Object expected, Object actual, String what) {
        if (!Objects.equals(expected, actual)) {
            String wanted = String.valueOf(expected);
            String got = String.valueOf(actual);
            int from = 0;
            while (from < Math.min(wanted.length(), got.length())
                    && wanted.charAt(from) == got.charAt(from)) {
                from++;
            }
            from = Math.max(0, from - 40);
            throw new AssertionError(what + " differs from character " + from + ":\n expected "
                    + HostileText.shown(wanted.substring(from)) + "\n but was  "
                    + HostileText.shown(got.substring(from)));
        }
    }
}
