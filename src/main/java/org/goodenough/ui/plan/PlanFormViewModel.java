package org.goodenough.ui.plan;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.goodenough.domain.Category;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.ExposurePlanner;
import org.goodenough.planner.Field;
import org.goodenough.planner.PlanInput;
import org.goodenough.ui.common.FormViewModel;
import org.goodenough.ui.common.LenientDates;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;

/** The plan form: a new plan, or changes to one. Only the mistake is required. */
public final class PlanFormViewModel extends FormViewModel {

    private final ExposurePlanner planner;
    private final Exposure editing;
    private final Long ladderId;

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
            new SimpleStringProperty(Plan.DEFAULT_SELF_COMPASSION);

    /** A form for {@code editing}'s plan, or for a new plan when it is {@code null}. */
    public PlanFormViewModel(ExposurePlanner planner, TaskRunner tasks, Navigator navigator,
            Exposure editing) {
        super(tasks, navigator);
        this.planner = planner;
        this.editing = editing;
        this.ladderId = editing == null ? null : editing.plan().ladderId();
        if (editing != null) {
            fill(editing.plan());
        }
        watch(mistake, category, stakes, date, time, place, fearedOutcome, likelihood,
                expectedDistress, safetyBehaviour, copingPlan, selfCompassion);
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
        return EnumSet.of(Field.MISTAKE, Field.DATE, Field.TIME, Field.PLACE, Field.FEARED_OUTCOME,
                Field.LIKELIHOOD, Field.EXPECTED_DISTRESS, Field.SAFETY_BEHAVIOUR, Field.COPING_PLAN,
                Field.SELF_COMPASSION);
    }

    public String title() {
        return editing == null ? "Plan a small mistake" : "Change the plan";
    }

    public boolean isNew() {
        return editing == null;
    }

    /** Saves the plan; the text stays in the form when something is wrong. */
    public void save() {
        PlanInput input = new PlanInput(mistake.get(), category.get(), stakes.get(), date.get(),
                time.get(), place.get(), fearedOutcome.get(), likelihood.get(),
                expectedDistress.get(), safetyBehaviour.get(), copingPlan.get(),
                selfCompassion.get(), ladderId);
        save(() -> editing == null ? planner.plan(input) : planner.edit(editing.id(), input));
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
