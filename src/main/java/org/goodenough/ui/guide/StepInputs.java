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
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;
import org.goodenough.ui.common.Words;
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
            case DISTRESS -> layout.field(Texts.get("guide.howDistressingExpect0"),
                    focus(Inputs.rating("expectedDistress", plan.expectedDistressProperty(),
                            "0–100")), Texts.get("guide.0Calm100Worst"),
                    problems.of(Field.EXPECTED_DISTRESS));
            case SAFETY_BEHAVIOUR -> layout.field(Texts.get("guide.safetyBehaviourWillDrop"),
                    focus(Inputs.line("safetyBehaviour", plan.safetyBehaviourProperty())),
                    Texts.get("guide.exampleReReadingFive"),
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
        mistake.setPromptText(Texts.get("guide.exampleSendEmailOne"));
        Label tip = new Label();
        tip.getStyleClass().add("field-hint");
        tip.setWrapText(true);
        tip.textProperty().bind(Bindings.createStringBinding(() -> plan.ideaProperty().get() == null
                ? "" : Texts.format("guide.tip", plan.ideaProperty().get().tip()), plan.ideaProperty()));
        tip.visibleProperty().bind(tip.textProperty().isNotEmpty());
        tip.managedProperty().bind(tip.visibleProperty());
        layout.add(new IdeaPicker(model))
                .field(Texts.get("guide.mistakeWillMakePurpose"), mistake, null,
                        problems.of(Field.MISTAKE))
                .add(tip)
                .add(ClinicianNote.bound(plan.withClinicianProperty()))
                .field(Texts.get("guide.howBigDoesFeel"), Inputs.choice("stakes", Stakes.class,
                        plan.stakesProperty(), Words::of),
                        Texts.get("guide.ifLikeStartingLow"), null);
    }

    private void fear(FormLayout layout) {
        layout.field(Texts.get("guide.fearWillHappen2"), focus(Inputs.area("fearedOutcome",
                        plan.fearedOutcomeProperty(), 3)), Texts.get("guide.predictionOwnWords"),
                        problems.of(Field.FEARED_OUTCOME))
                .add(ClinicianNote.bound(plan.withClinicianProperty()))
                .field(Texts.get("guide.howLikelySeems0"), Inputs.rating("likelihood",
                        plan.likelihoodProperty(), "%"), null, problems.of(Field.LIKELIHOOD));
    }

    private void coping(FormLayout layout) {
        layout.field(Texts.get("guide.copingPlan"), focus(Inputs.area("copingPlan",
                        plan.copingPlanProperty(), 3)), Texts.get("guide.howWillHandleDiscomfort"),
                        problems.of(Field.COPING_PLAN))
                .field(Texts.get("guide.selfCompassionLine"), Inputs.line("selfCompassion",
                        plan.selfCompassionProperty()), null, problems.of(Field.SELF_COMPASSION))
                .note(Texts.get("guide.savingKeepsPlanUpcoming"))
                .add(new PacingPanel(model));
    }

    /** The plan as it was saved, read back. */
    private Node planSaved() {
        StackPane holder = new StackPane();
        holder.setId("guidePlan");
        Runnable show = () -> {
            Exposure made = model.madeProperty().get();
            holder.getChildren().setAll(made == null ? new Label()
                    : PlanFacts.of(Texts.get("guide.plan"), made.plan()));
        };
        model.madeProperty().addListener((observable, old, now) -> show.run());
        show.run();
        return holder;
    }

    private void howItWent(FormLayout layout) {
        OutcomeChoice happened = new OutcomeChoice(outcome.outcomeProperty());
        layout.note(Texts.get("guide.howDistressingDidFeel"))
                .field(Texts.get("guide.justBefore"), focus(Inputs.rating("distressBefore",
                        outcome.beforeProperty(), "0–100")), null,
                        problems.of(Field.DISTRESS_BEFORE))
                .field(Texts.get("guide.itsPeak"), Inputs.rating("distressPeak", outcome.peakProperty(),
                        "0–100"), null, problems.of(Field.DISTRESS_PEAK))
                .field(Texts.get("guide.afterwards"), Inputs.rating("distressAfter",
                        outcome.afterProperty(),
                        "0–100"), null, problems.of(Field.DISTRESS_AFTER))
                .field(Texts.get("guide.actuallyHappened"), Inputs.area("whatHappened",
                        outcome.whatHappenedProperty(), 3), null, problems.of(Field.WHAT_HAPPENED))
                .field(Texts.get("guide.didFearedHappen"), happened.first(), happened, null, null);
    }

    private void reflect(FormLayout layout) {
        Label before = new Label();
        before.getStyleClass().add("field-hint");
        before.textProperty().bind(Bindings.createStringBinding(() -> {
            Exposure made = model.madeProperty().get();
            return made == null || made.plan().likelihood() == null ? ""
                    : Texts.format("guide.beforeSeemed", Wording.percent(made.plan().likelihood()));
        }, model.madeProperty()));
        layout.field(Texts.get("guide.didFeel"), focus(Inputs.area("felt", outcome.feltProperty(), 2)),
                        null, problems.of(Field.FELT))
                .field(Texts.get("guide.wasWorseThanImagined"), Inputs.area("worse",
                        outcome.worseProperty(), 2), null, problems.of(Field.WORSE))
                .field(Texts.get("guide.wasBetterThanImagined"), Inputs.area("better",
                        outcome.betterProperty(), 2), null, problems.of(Field.BETTER))
                .field(Texts.get("guide.didLearn"), Inputs.area("learned", outcome.learnedProperty(), 2),
                        null, problems.of(Field.LEARNED))
                .field(Texts.get("guide.howLikelyDoesFeared"),
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
