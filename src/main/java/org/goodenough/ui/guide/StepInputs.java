package org.goodenough.ui.guide;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.Field;
import org.goodenough.ui.common.ClinicianNote;
import org.goodenough.ui.common.FieldProblems;
import org.goodenough.ui.common.FormLayout;
import org.goodenough.ui.common.Inputs;
import org.goodenough.ui.common.OutcomeChoice;
import org.goodenough.ui.common.PlanFacts;
import org.goodenough.ui.common.Wording;
import org.goodenough.ui.plan.PacingPanel;

/**
 * The inputs of each step of the guide, built with the plan form's, "I did it"'s and the
 * reflection's own controls and ids. {@link #first} is where the keyboard starts on the step.
 */
final class StepInputs {

    private final GuideViewModel model;
    private final FieldProblems problems;
    private final PlanAnswers plan;
    private final OutcomeAnswers outcome;
    /** The control the keyboard starts on, for the step just built; null for none. */
    Control first;

    StepInputs(GuideViewModel model) {
        this.model = model;
        this.problems = model.problems();
        this.plan = model.plan();
        this.outcome = model.outcome();
    }

    /** The step's inputs, laid out as a form with a problem note beside each field. */
    Node of(GuideStep step) {
        FormLayout layout = new FormLayout();
        first = null;
        switch (step) {
            case MISTAKE -> mistake(layout);
            case FEAR -> fear(layout);
            case DISTRESS -> layout.field("How _distressing I expect it to be (0–100)",
                    focus(Inputs.rating("expectedDistress", plan.expectedDistressProperty(),
                            "0–100")), "0 is calm, 100 the worst you can imagine.",
                    problems.of(Field.EXPECTED_DISTRESS));
            case SAFETY_BEHAVIOUR -> layout.field("The safety _behaviour I will drop",
                    focus(Inputs.line("safetyBehaviour", plan.safetyBehaviourProperty())),
                    "For example: re-reading it five times, apologising in advance.",
                    problems.of(Field.SAFETY_BEHAVIOUR));
            case COPING -> coping(layout);
            case DO_IT -> layout.add(planSaved());
            case HOW_IT_WENT -> howItWent(layout);
            case REFLECT -> reflect(layout);
            case LATER -> { }
        }
        VBox inputs = layout.build();
        inputs.getStyleClass().setAll("guide-inputs");
        return inputs;
    }

    private void mistake(FormLayout layout) {
        TextArea mistake = focus(Inputs.area("mistake", plan.mistakeProperty(), 2));
        mistake.setPromptText("For example: send the email with one small typo left in");
        Label tip = new Label();
        tip.getStyleClass().add("field-hint");
        tip.setWrapText(true);
        tip.textProperty().bind(Bindings.createStringBinding(() -> plan.ideaProperty().get() == null
                ? "" : "Tip: " + plan.ideaProperty().get().tip(), plan.ideaProperty()));
        tip.visibleProperty().bind(tip.textProperty().isNotEmpty());
        tip.managedProperty().bind(tip.visibleProperty());
        layout.add(new IdeaPicker(model))
                .field("The _mistake I will make on purpose", mistake, null,
                        problems.of(Field.MISTAKE))
                .add(tip)
                .add(ClinicianNote.bound(plan.withClinicianProperty()))
                .field("How big does it feel? (_stakes)", Inputs.choice("stakes", Stakes.class,
                        plan.stakesProperty(), Stakes::label),
                        "If you like. Starting low and climbing gently works best.", null);
    }

    private void fear(FormLayout layout) {
        layout.field("What I _fear will happen", focus(Inputs.area("fearedOutcome",
                        plan.fearedOutcomeProperty(), 3)), "Your prediction, in your own words.",
                        problems.of(Field.FEARED_OUTCOME))
                .add(ClinicianNote.bound(plan.withClinicianProperty()))
                .field("How _likely it seems (0–100 %)", Inputs.rating("likelihood",
                        plan.likelihoodProperty(), "%"), null, problems.of(Field.LIKELIHOOD));
    }

    private void coping(FormLayout layout) {
        layout.field("My c_oping plan", focus(Inputs.area("copingPlan",
                        plan.copingPlanProperty(), 3)), "How I will handle the discomfort.",
                        problems.of(Field.COPING_PLAN))
                .field("My self-com_passion line", Inputs.line("selfCompassion",
                        plan.selfCompassionProperty()), null, problems.of(Field.SELF_COMPASSION))
                .note("Saving keeps your plan in Upcoming, as any plan.")
                .add(new PacingPanel(model));
    }

    /** The plan as it was saved, read back. */
    private Node planSaved() {
        StackPane holder = new StackPane();
        holder.setId("guidePlan");
        Runnable show = () -> {
            Exposure made = model.madeProperty().get();
            holder.getChildren().setAll(made == null ? new Label()
                    : PlanFacts.of("Your plan", made.plan()));
        };
        model.madeProperty().addListener((observable, old, now) -> show.run());
        show.run();
        return holder;
    }

    private void howItWent(FormLayout layout) {
        OutcomeChoice happened = new OutcomeChoice(outcome.outcomeProperty());
        layout.note("How distressing did it feel? 0 is calm, 100 the worst you can imagine.")
                .field("Just _before", focus(Inputs.rating("distressBefore",
                        outcome.beforeProperty(), "0–100")), null,
                        problems.of(Field.DISTRESS_BEFORE))
                .field("At its _peak", Inputs.rating("distressPeak", outcome.peakProperty(),
                        "0–100"), null, problems.of(Field.DISTRESS_PEAK))
                .field("_Afterwards", Inputs.rating("distressAfter", outcome.afterProperty(),
                        "0–100"), null, problems.of(Field.DISTRESS_AFTER))
                .field("What actually _happened?", Inputs.area("whatHappened",
                        outcome.whatHappenedProperty(), 3), null, problems.of(Field.WHAT_HAPPENED))
                .field("Did what you _feared happen?", happened.first(), happened, null, null);
    }

    private void reflect(FormLayout layout) {
        Label before = new Label();
        before.getStyleClass().add("field-hint");
        before.textProperty().bind(Bindings.createStringBinding(() -> {
            Exposure made = model.madeProperty().get();
            return made == null || made.plan().likelihood() == null ? ""
                    : "Before, it seemed " + Wording.percent(made.plan().likelihood()) + ".";
        }, model.madeProperty()));
        layout.field("What did I f_eel?", focus(Inputs.area("felt", outcome.feltProperty(), 2)),
                        null, problems.of(Field.FELT))
                .field("What was _worse than I imagined?", Inputs.area("worse",
                        outcome.worseProperty(), 2), null, problems.of(Field.WORSE))
                .field("What was _better than I imagined?", Inputs.area("better",
                        outcome.betterProperty(), 2), null, problems.of(Field.BETTER))
                .field("What did I _learn?", Inputs.area("learned", outcome.learnedProperty(), 2),
                        null, problems.of(Field.LEARNED))
                .field("How likely does the feared outcome seem _now? (0–100 %)",
                        Inputs.rating("likelihoodAfter", outcome.likelihoodAfterProperty(), "%"),
                        null, problems.of(Field.LIKELIHOOD_AFTER))
                .add(before);
    }

    private <C extends Control> C focus(C control) {
        if (first == null) {
            first = control;
        }
        return control;
    }
}
