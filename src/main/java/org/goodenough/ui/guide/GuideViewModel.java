package org.goodenough.ui.guide;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.goodenough.domain.Category;
import org.goodenough.domain.Draft;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.ExposurePlanner;
import org.goodenough.planner.Field;
import org.goodenough.planner.IdeaFilter;
import org.goodenough.planner.InvalidInputException;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PacingAdvice;
import org.goodenough.planner.PlanInput;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.FormViewModel;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.plan.PacingChoices;
import org.goodenough.ui.plan.SmallerStepOffer;

/**
 * The guided walkthrough of one exposure, one step at a time. The plan is saved through the
 * planner when its five steps are done, then marked done and reflected on through the same
 * calls the forms make, so what the guide makes is an ordinary exposure. Only the mistake is
 * required; every other step can be skipped, and going back keeps every word.
 */
public final class GuideViewModel extends FormViewModel implements PacingChoices {

    private final JournalSession session;
    private final ExposurePlanner planner;
    private final PlanAnswers plan = new PlanAnswers();
    private final OutcomeAnswers outcome = new OutcomeAnswers();
    private final ReadOnlyObjectWrapper<GuideStep> step = new ReadOnlyObjectWrapper<>(GuideStep.MISTAKE);
    private final ReadOnlyObjectWrapper<Exposure> made = new ReadOnlyObjectWrapper<>();
    private final SmallerStepOffer offer;
    private final ObservableList<Idea> ideas = FXCollections.observableArrayList();
    private IdeaOffer ideaOffer = new IdeaOffer(List.of());

    public GuideViewModel(JournalSession session, TaskRunner tasks, Navigator navigator) {
        super(tasks, navigator);
        this.session = session;
        this.planner = session.planner();
        this.offer = new SmallerStepOffer(session);
        plan.texts().forEach(this::keep);
        keep("category", plan.categoryProperty(), Category.class);
        keep("stakes", plan.stakesProperty(), Stakes.class);
        outcome.texts().forEach(this::keep);
        keep("outcome", outcome.outcomeProperty(), Outcome.class);
        // Where the person was, kept with the words; put back by resume(), never an edit.
        keep("step", () -> step.get().name(), text -> { }, new SimpleObjectProperty<>());
        keep("exposure", () -> made.get() == null ? "" : Long.toString(made.get().id()),
                text -> { }, new SimpleObjectProperty<>());
        problemsShownProperty().addListener((observable, old, count) -> toFirstProblem());
        tasks.run(() -> new Start(session.library().find(new IdeaFilter(null, Stakes.LOW, "", false))
                .stream().filter(idea -> !idea.withClinician()).toList(),
                session.preferences().pacingSuggestions()), start -> {
                    ideaOffer = new IdeaOffer(start.lowStakes());
                    ideas.setAll(ideaOffer.shown());
                    offer.turnedOn(start.pacing());
                }, failure -> tell(Failures.describe(failure)));
    }

    private record Start(List<Idea> lowStakes, boolean pacing) {
    }

    @Override
    public String draftForm() {
        return "guide";
    }

    /** The guide is one form whatever it has saved so far; its draft names the exposure. */
    @Override
    public Long draftSubject() {
        return null;
    }

    @Override
    protected Set<Field> fieldsShown() {
        return EnumSet.copyOf(Arrays.stream(GuideStep.values())
                .flatMap(each -> each.fields().stream()).collect(Collectors.toSet()));
    }

    /** Puts a kept draft back: the words, the step the person was on, and what was saved. */
    @Override
    public void resume(Draft draft) {
        super.resume(draft);
        GuideStep at = stepNamed(draft.fields().get("step"));
        String id = draft.fields().getOrDefault("exposure", "");
        if (!id.matches("\\d{1,18}")) {
            step.set(planning(at));
            return;
        }
        tasks.run(() -> planner.find(Long.parseLong(id)), found -> {
            made.set(found.orElse(null));
            step.set(found.isPresent() ? at : planning(at));
        }, failure -> {
            step.set(planning(at));
            tell(Failures.describe(failure));
        });
    }

    /** Without a saved plan, the guide can go no further than its last planning step. */
    private static GuideStep planning(GuideStep at) {
        return at.compareTo(GuideStep.COPING) > 0 ? GuideStep.COPING : at;
    }

    private static GuideStep stepNamed(String name) {
        for (GuideStep each : GuideStep.values()) {
            if (each.name().equals(name)) {
                return each;
            }
        }
        return GuideStep.MISTAKE;
    }

    /** Goes on: checks this step's answers, or saves what the step completes. */
    public void next() {
        switch (step.get()) {
            case MISTAKE, FEAR, DISTRESS, SAFETY_BEHAVIOUR -> checkThenGo();
            case COPING -> savePlan();
            case DO_IT -> move(GuideStep.HOW_IT_WENT);
            case HOW_IT_WENT -> saveDoing();
            case REFLECT -> finish();
            case LATER -> leave();
        }
    }

    /** Goes on without answering here; anything typed stays, and is saved with the rest. */
    public void skip() {
        GuideStep at = step.get();
        if (!at.skippable()) {
            return;
        }
        if (at.compareTo(GuideStep.COPING) < 0) {
            move(GuideStep.values()[at.ordinal() + 1]);
        } else {
            next();
        }
    }

    /** One step back, with every word kept. */
    public void back() {
        GuideStep at = step.get();
        if (at == GuideStep.LATER) {
            move(GuideStep.DO_IT);
        } else if (at != GuideStep.MISTAKE) {
            move(GuideStep.values()[at.ordinal() - 1]);
        }
    }

    /** The mistake is done another time: the plan waits in Upcoming, and the guide ends here. */
    public void later() {
        move(GuideStep.LATER);
    }

    /**
     * Leaves the guide: to the exposure it made, or back where the person came from. With words
     * not saved yet, the journal asks first.
     */
    public void leave() {
        Exposure exposure = made.get();
        if (exposure == null) {
            navigator.back();
        } else {
            navigator.showExposure(exposure);
        }
    }

    @Override
    public void cancel() {
        leave();
    }

    private void move(GuideStep to) {
        problems().clear();
        tell("");
        step.set(to);
    }

    /** After a failed save, shows the first step with a problem, where its note is. */
    private void toFirstProblem() {
        Set<Field> found = EnumSet.noneOf(Field.class);
        for (Field field : Field.values()) {
            if (!problems().of(field).get().isEmpty()) {
                found.add(field);
            }
        }
        GuideStep holding = GuideStep.holding(found);
        if (holding != null) {
            step.set(holding);
        }
    }

    /** Asks the planner whether this step's answers are fine, and goes on when they are. */
    private void checkThenGo() {
        GuideStep at = step.get();
        PlanInput input = plan.input();
        submit(() -> problemsWith(input), found -> {
            Map<Field, String> here = found.entrySet().stream()
                    .filter(problem -> at.fields().contains(problem.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            if (here.isEmpty()) {
                move(GuideStep.values()[at.ordinal() + 1]);
            } else {
                showProblems(here);
            }
        });
    }

    private Map<Field, String> problemsWith(PlanInput input) {
        try {
            planner.checked(input);
            return Map.of();
        } catch (InvalidInputException invalid) {
            return invalid.problems();
        }
    }

    /** Saves the plan as a new exposure, or saves changes made after going back to it. */
    private void savePlan() {
        PlanInput input = plan.input();
        Exposure exposure = made.get();
        if (exposure != null) {
            submit(() -> planner.edit(exposure.id(), input), this::planSaved);
            return;
        }
        submit(offer.planOrSuggest(input), result -> {
            Exposure planned = offer.answer(result);
            if (planned != null) {
                planSaved(planned);
            }
        });
    }

    private void planSaved(Exposure exposure) {
        made.set(exposure);
        markSaved();
        navigator.journalChanged();
        move(GuideStep.DO_IT);
    }

    /** Marks it done with the ratings given, and keeps what happened if it is written. */
    private void saveDoing() {
        long id = made.get().id();
        var distress = outcome.distress();
        var reflection = outcome.reflected() ? outcome.reflection() : null;
        submit(() -> {
            Exposure done = planner.markDone(id, distress);
            return reflection == null ? done : planner.reflect(id, reflection);
        }, done -> {
            made.set(done);
            markSaved();
            navigator.journalChanged();
            move(GuideStep.REFLECT);
        });
    }

    /** Saves the reflection, if any of it is answered, and ends on the exposure's page. */
    private void finish() {
        Exposure exposure = made.get();
        if (!outcome.reflected()) {
            markSaved();
            navigator.showExposure(exposure);
            return;
        }
        var reflection = outcome.reflection();
        save(() -> planner.reflect(exposure.id(), reflection));
    }

    @Override
    public void keepPlan() {
        savePlan();
    }

    @Override
    public ReadOnlyObjectProperty<PacingAdvice> adviceProperty() {
        return offer.adviceProperty();
    }

    @Override
    public void dismissAdvice() {
        offer.dismiss();
    }

    @Override
    public void stopSuggestingSmallerSteps() {
        submit(offer.turnOff(), off -> { });
    }

    /**
     * Follows a smaller step: the plan typed is kept under Not now, and the guide goes on with
     * the smaller idea, or opens the rung to do.
     */
    @Override
    public void take(PacingAdvice.SmallerStep smaller) {
        PlanInput input = plan.input();
        submit(() -> planner.notNow(planner.plan(input).id()), kept -> {
            markSaved();
            offer.dismiss();
            navigator.journalChanged();
            if (smaller.rung() != null) {
                navigator.showExposure(smaller.rung().latest());
            } else if (smaller.idea() != null) {
                plan.choose(smaller.idea());
                move(GuideStep.MISTAKE);
            }
        });
    }

    /** The step shown. */
    public ReadOnlyObjectProperty<GuideStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The exposure the guide made, once its plan is saved; null before. */
    public ReadOnlyObjectProperty<Exposure> madeProperty() {
        return made.getReadOnlyProperty();
    }

    /** The answers of the five planning steps. */
    public PlanAnswers plan() {
        return plan;
    }

    /** The ratings and answers once the mistake is made. */
    public OutcomeAnswers outcome() {
        return outcome;
    }

    /** A few low-stakes ideas to start from. */
    public ObservableList<Idea> ideas() {
        return ideas;
    }

    /** Shows a next few ideas. */
    public void otherIdeas() {
        ideaOffer.next();
        ideas.setAll(ideaOffer.shown());
    }

    /** Takes the mistake (and its area and stakes) from an idea; it can still be changed. */
    public void choose(Idea idea) {
        plan.choose(idea);
    }
}
