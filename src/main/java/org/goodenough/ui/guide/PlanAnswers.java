package org.goodenough.ui.guide;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.goodenough.domain.Category;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.HealthTopics;
import org.goodenough.planner.PlanInput;
import org.goodenough.ui.common.Texts;

/**
 * What the guide asks for the plan, as typed. Read as the very {@link PlanInput} the plan form
 * gives the planner, so a plan made here is an ordinary plan.
 */
public final class PlanAnswers {

    private final StringProperty mistake = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Stakes> stakes = new SimpleObjectProperty<>();
    private final StringProperty fearedOutcome = new SimpleStringProperty("");
    private final StringProperty likelihood = new SimpleStringProperty("");
    private final StringProperty expectedDistress = new SimpleStringProperty("");
    private final StringProperty safetyBehaviour = new SimpleStringProperty("");
    private final StringProperty copingPlan = new SimpleStringProperty("");
    private final StringProperty selfCompassion = new SimpleStringProperty(Texts.get("plan.defaultSelfCompassion"));
    /** The library idea the mistake was taken from, for its tip; null for one's own words. */
    private final ObjectProperty<Idea> idea = new SimpleObjectProperty<>();
    private final BooleanBinding withClinician = Bindings.createBooleanBinding(
            () -> (idea.get() != null && idea.get().withClinician())
                    || HealthTopics.touch(mistake.get(), fearedOutcome.get()),
            idea, mistake, fearedOutcome);

    /** The texts, by the names their drafts keep them under (the plan form's names). */
    Map<String, StringProperty> texts() {
        Map<String, StringProperty> texts = new LinkedHashMap<>();
        texts.put("mistake", mistake);
        texts.put("fearedOutcome", fearedOutcome);
        texts.put("likelihood", likelihood);
        texts.put("expectedDistress", expectedDistress);
        texts.put("safetyBehaviour", safetyBehaviour);
        texts.put("copingPlan", copingPlan);
        texts.put("selfCompassion", selfCompassion);
        return texts;
    }

    /** Takes the mistake, its area and its stakes from a library idea. */
    void choose(Idea chosen) {
        idea.set(chosen);
        mistake.set(chosen.title());
        category.set(chosen.category());
        stakes.set(chosen.stakes());
    }

    PlanInput input() {
        return new PlanInput(mistake.get(), category.get(), stakes.get(), "", "", "",
                fearedOutcome.get(), likelihood.get(), expectedDistress.get(),
                safetyBehaviour.get(), copingPlan.get(), selfCompassion.get(), null);
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

    public StringProperty fearedOutcomeProperty() {
        return fearedOutcome;
    }

    /** How likely the feared outcome seems, 0–100 %, as typed. */
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

    /** The library idea the mistake was taken from, or null. */
    public ReadOnlyObjectProperty<Idea> ideaProperty() {
        return idea;
    }

    /** Whether the mistake touches eating, the body or health. */
    public BooleanBinding withClinicianProperty() {
        return withClinician;
    }
}
