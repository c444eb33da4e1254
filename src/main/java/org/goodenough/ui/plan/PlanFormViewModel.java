package org.goodenough.ui.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.goodenough.domain.Category;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.ExposurePlanner;
import org.goodenough.planner.Field;
import org.goodenough.planner.HealthTopics;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PacingAdvice;
import org.goodenough.planner.PlanInput;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.FormViewModel;
import org.goodenough.ui.common.LenientDates;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.common.Texts;

/** The plan form: a new plan, or changes to one. Only the mistake is required. */
public final class PlanFormViewModel extends FormViewModel implements PacingChoices {

    private final JournalSession session;
    private final ExposurePlanner planner;
    private final Exposure editing;
    private final Idea idea;
    private final ObjectProperty<Ladder> ladder = new SimpleObjectProperty<>();
    private final ObservableList<Ladder> ladders = FXCollections.observableArrayList();
    private final SmallerStepOffer offer;
    private final BooleanBinding withClinician;
    /** The ladder the form opened on, kept until the ladders are read, so it is never dropped. */
    private Long openedOnLadder;
    private boolean laddersRead;

    private final StringProperty mistake = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Stakes> stakes = new SimpleObjectProperty<>();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty fearedOutcome = new SimpleStringProperty("");
    private final StringProperty likelihood = new SimpleStringProperty("");
    private final StringProperty expectedDistress = new SimpleStringProperty("");
    private final StringProperty safetyBehaviour = new SimpleStringProperty("");
    private final StringProperty copingPlan = new SimpleStringProperty("");
    private final StringProperty selfCompassion =
            new SimpleStringProperty(Texts.get("plan.defaultSelfCompassion"));

    private PlanFormViewModel(JournalSession session, TaskRunner tasks, Navigator navigator,
            Exposure editing, Idea idea, Ladder onLadder) {
        super(tasks, navigator);
        this.session = session;
        this.planner = session.planner();
        this.editing = editing;
        this.idea = idea;
        this.offer = new SmallerStepOffer(session);
        if (editing != null) {
            fill(editing.plan());
        } else if (idea != null) {
            mistake.set(idea.title());
            category.set(idea.category());
            stakes.set(idea.stakes());
        }
        if (onLadder != null) {
            ladders.add(onLadder);
            ladder.set(onLadder);
        }
        withClinician = Bindings.createBooleanBinding(() -> (idea != null && idea.withClinician())
                || HealthTopics.touch(mistake.get(), fearedOutcome.get()), mistake, fearedOutcome);
        keep("mistake", mistake);
        keep("category", category, Category.class);
        keep("stakes", stakes, Stakes.class);
        keep("date", date);
        keep("time", time);
        keep("place", place);
        keep("fearedOutcome", fearedOutcome);
        keep("likelihood", likelihood);
        keep("expectedDistress", expectedDistress);
        keep("safetyBehaviour", safetyBehaviour);
        keep("copingPlan", copingPlan);
        keep("selfCompassion", selfCompassion);
        keep("ladder", () -> ladder.get() == null ? "" : Long.toString(ladder.get().id()),
                this::chooseLadder, ladder);
        openedOnLadder = editing != null ? editing.plan().ladderId()
                : onLadder == null ? null : onLadder.id();
        tasks.run(() -> new Start(session.ladders().all(),
                session.preferences().pacingSuggestions()), start -> {
            List<Ladder> all = start.ladders();
            offer.turnedOn(start.pacing());
            // Filling in the choices the form opened with is not a change by the person.
            boolean changedBefore = changedProperty().get();
            Ladder chosen = all.stream().filter(each -> Objects.equals(each.id(), openedOnLadder))
                    .findFirst().orElse(null);
            ladders.setAll(all);
            ladder.set(chosen);
            laddersRead = true;
            if (!changedBefore) {
                markSaved();
            }
        }, failure -> tell(Failures.describe(failure)));
    }

    /** Chooses the ladder with the id in {@code text}, now or once the ladders are read. */
    private void chooseLadder(String text) {
        Long id = text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
        openedOnLadder = id;
        if (laddersRead) {
            ladder.set(ladders.stream().filter(each -> Objects.equals(each.id(), id))
                    .findFirst().orElse(null));
        }
    }

    @Override
    protected String action() {
        return "savePlan";
    }

    @Override
    public String draftForm() {
        return "plan";
    }

    @Override
    public Long draftSubject() {
        return editing == null ? null : editing.id();
    }

    private record Start(List<Ladder> ladders, boolean pacing) {
    }

    /** A form for a new plan, pre-filled from {@code idea} and on {@code ladder}; both may be null. */
    public static PlanFormViewModel newPlan(JournalSession session, TaskRunner tasks,
            Navigator navigator, Idea idea, Ladder ladder) {
        return new PlanFormViewModel(session, tasks, navigator, null, idea, ladder);
    }

    /** A form for changes to an exposure's plan. */
    public static PlanFormViewModel change(JournalSession session, TaskRunner tasks,
            Navigator navigator, Exposure editing) {
        return new PlanFormViewModel(session, tasks, navigator, editing, null, null);
    }

    private void fill(Plan plan) {
        mistake.set(plan.mistake());
        category.set(plan.category());
        stakes.set(plan.stakes());
        date.set(plan.date() == null ? "" : new LenientDates().toString(plan.date()));
        time.set(plan.time() == null ? "" : plan.time().toString());
        place.set(orEmpty(plan.place()));
        fearedOutcome.set(orEmpty(plan.fearedOutcome()));
        likelihood.set(plan.likelihood() == null ? "" : Integer.toString(plan.likelihood().value()));
        expectedDistress.set(plan.expectedDistress() == null ? ""
                : Integer.toString(plan.expectedDistress().value()));
        safetyBehaviour.set(orEmpty(plan.safetyBehaviour()));
        copingPlan.set(orEmpty(plan.copingPlan()));
        selfCompassion.set(orEmpty(plan.selfCompassion()));
    }

    @Override
    protected Set<Field> fieldsShown() {
        return EnumSet.of(Field.MISTAKE, Field.LADDER, Field.DATE, Field.TIME, Field.PLACE,
                Field.FEARED_OUTCOME,
                Field.LIKELIHOOD, Field.EXPECTED_DISTRESS, Field.SAFETY_BEHAVIOUR, Field.COPING_PLAN,
                Field.SELF_COMPASSION);
    }

    public String title() {
        return editing == null ? Texts.get("plan.planSmallMistake") : Texts.get("plan.changePlan");
    }

    public boolean isNew() {
        return editing == null;
    }

    /**
     * Saves the plan; the text stays in the form when something is wrong. A new plan that
     * looks like a big jump is not saved at once the first time: a smaller step is suggested,
     * and saving again keeps the plan as it is.
     */
    public void save() {
        PlanInput input = input();
        if (editing != null) {
            save(() -> planner.edit(editing.id(), input));
            return;
        }
        submit(offer.planOrSuggest(input), result -> {
            Exposure planned = offer.answer(result);
            if (planned != null) {
                markSaved();
                saved(planned);
            }
        });
    }

    private PlanInput input() {
        return new PlanInput(mistake.get(), category.get(), stakes.get(), date.get(),
                time.get(), place.get(), fearedOutcome.get(), likelihood.get(),
                expectedDistress.get(), safetyBehaviour.get(), copingPlan.get(),
                selfCompassion.get(), ladderId());
    }

    private Long ladderId() {
        if (ladder.get() != null) {
            return ladder.get().id();
        }
        return laddersRead ? null : openedOnLadder;
    }

    @Override
    public void keepPlan() {
        save();
    }

    @Override
    public ReadOnlyObjectProperty<PacingAdvice> adviceProperty() {
        return offer.adviceProperty();
    }

    @Override
    public void dismissAdvice() {
        offer.dismiss();
    }

    /** Stops suggesting smaller steps for this journal; the library can turn them back on. */
    @Override
    public void stopSuggestingSmallerSteps() {
        submit(offer.turnOff(), off -> { });
    }

    /**
     * Follows a suggested smaller step: the rung's exposure, or a new plan from the idea. The
     * plan typed here is not lost: it is kept under Not now, for later.
     */
    @Override
    public void take(PacingAdvice.SmallerStep step) {
        PlanInput input = input();
        submit(() -> planner.notNow(planner.plan(input).id()), kept -> {
            markSaved();
            offer.dismiss();
            if (step.rung() != null) {
                navigator.showExposure(step.rung().latest());
            } else if (step.idea() != null) {
                navigator.planFrom(step.idea(), ladder.get());
            }
        });
    }

    /** The tip of the library idea this plan started from, or {@code null}. */
    public String ideaTip() {
        return idea == null ? null : idea.tip();
    }

    /** Whether the mistake touches eating, the body or health. */
    public BooleanBinding withClinicianProperty() {
        return withClinician;
    }

    public ObjectProperty<Ladder> ladderProperty() {
        return ladder;
    }

    /** The ladders the plan can be a rung of. */
    public ObservableList<Ladder> ladders() {
        return ladders;
    }

    public StringProperty mistakeProperty() {
        return mistake;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<Stakes> stakesProperty() {
        return stakes;
    }

    /** The day as typed or picked; read when saving, so nothing typed is dropped. */
    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty fearedOutcomeProperty() {
        return fearedOutcome;
    }

    public StringProperty likelihoodProperty() {
        return likelihood;
    }

    public StringProperty expectedDistressProperty() {
        return expectedDistress;
    }

    public StringProperty safetyBehaviourProperty() {
        return safetyBehaviour;
    }

    public StringProperty copingPlanProperty() {
        return copingPlan;
    }

    public StringProperty selfCompassionProperty() {
        return selfCompassion;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
