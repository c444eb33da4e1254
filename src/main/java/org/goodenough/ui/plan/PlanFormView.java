package org.goodenough.ui.plan;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Category;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.Field;
import org.goodenough.ui.common.ClinicianNote;
import org.goodenough.ui.common.FieldProblems;
import org.goodenough.ui.common.FormActions;
import org.goodenough.ui.common.FormLayout;
import org.goodenough.ui.common.Inputs;
import org.goodenough.ui.common.Scrolling;
import org.goodenough.ui.common.LenientDates;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;
import org.goodenough.ui.common.Words;

/** The plan form: what mistake, when, what I fear, and how I will look after myself. */
public final class PlanFormView extends ScrollPane {

    public PlanFormView(PlanFormViewModel model) {
        FieldProblems problems = model.problems();
        TextArea mistake = Inputs.area("mistake", model.mistakeProperty(), 2);
        mistake.setPromptText(Texts.get("plan.exampleSendEmailOne"));

        DatePicker date = new DatePicker();
        date.setId("date");
        LenientDates dates = new LenientDates();
        date.setConverter(dates);
        date.setValue(dates.fromString(model.dateProperty().get()));
        // The typed text is what is saved, so a day typed but not yet confirmed is never lost.
        date.getEditor().textProperty().bindBidirectional(model.dateProperty());
        date.setAccessibleText(Texts.get("plan.day"));
        TextField time = Inputs.line("time", model.timeProperty());
        time.setPromptText("14:30");
        time.setPrefColumnCount(5);
        time.setAccessibleText(Texts.get("plan.time"));
        HBox when = new HBox(date, time);
        when.getStyleClass().add("inline-fields");

        FormLayout layout = new FormLayout()
                .heading(model.title())
                .note(Texts.get("plan.onlyMistakeNeededEverything"));
        if (model.ideaTip() != null) {
            layout.note(Texts.format("plan.ideaLibraryTip", model.ideaTip()));
        }
        VBox form = layout
                .field(Texts.get("plan.mistakeWillMakePurpose"), mistake, null,
                        problems.of(Field.MISTAKE))
                .add(ClinicianNote.bound(model.withClinicianProperty()))
                .field(Texts.get("plan.ladder"), ladderChoice(model),
                        Texts.get("plan.fearStepBelongsIf"),
                        problems.of(Field.LADDER))
                .field(Texts.get("plan.category"), Inputs.choice("category", Category.class,
                        model.categoryProperty(), Words::of), null, null)
                .field(Texts.get("plan.stakes"), Inputs.choice("stakes", Stakes.class,
                        model.stakesProperty(),
                        Words::of), Texts.get("plan.startingLowClimbingGently"), null)
                .field(Texts.get("plan.when"), date, when, Texts.get("plan.dayTimeIfLike"),
                        both(problems.of(Field.DATE), problems.of(Field.TIME)))
                .field(Texts.get("plan.whereWhom"), Inputs.line("place", model.placeProperty()), null,
                        problems.of(Field.PLACE))
                .field(Texts.get("plan.fearWillHappen"), Inputs.area("fearedOutcome",
                        model.fearedOutcomeProperty(), 3), Texts.get("plan.predictionOwnWords"),
                        problems.of(Field.FEARED_OUTCOME))
                .field(Texts.get("plan.howLikelySeems0"), Inputs.rating("likelihood",
                        model.likelihoodProperty(), "%"), null, problems.of(Field.LIKELIHOOD))
                .field(Texts.get("plan.howDistressingExpect0"), Inputs.rating(
                        "expectedDistress", model.expectedDistressProperty(), "0–100"),
                        Texts.get("plan.0Calm100Worst"),
                        problems.of(Field.EXPECTED_DISTRESS))
                .field(Texts.get("plan.safetyBehaviourWillDrop"), Inputs.line("safetyBehaviour",
                        model.safetyBehaviourProperty()),
                        Texts.get("plan.exampleReReadingFive"),
                        problems.of(Field.SAFETY_BEHAVIOUR))
                .field(Texts.get("plan.copingPlan"), Inputs.area("copingPlan",
                        model.copingPlanProperty(), 3),
                        Texts.get("plan.howWillHandleDiscomfort"), problems.of(Field.COPING_PLAN))
                .field(Texts.get("plan.selfCompassionLine"), Inputs.line("selfCompassion",
                        model.selfCompassionProperty()), null, problems.of(Field.SELF_COMPASSION))
                .add(new PacingPanel(model))
                .add(FormActions.of(model,
                        model.isNew() ? Texts.get("plan.savePlan2") : Texts.get("plan.saveChanges"),
                                "savePlan",
                        model::save, Texts.get("plan.cancel")))
                .focusFirstProblemOn(model.problemsShownProperty())
                .build();
        setContent(form);
        setFitToWidth(true);
        getStyleClass().add("page");
        Scrolling.followFocus(this);
        mistake.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                mistake.requestFocus();
            }
        });
    }

    private static ComboBox<Ladder> ladderChoice(PlanFormViewModel model) {
        return Inputs.choice("ladder", model.ladders(), model.ladderProperty(),
                ladder -> Wording.shortened(ladder.name(), 60), Texts.get("plan.none"));
    }

    /** The day's and the time's problems, shown together under the one "When" field. */
    private static StringBinding both(ObservableStringValue day, ObservableStringValue time) {
        return Bindings.createStringBinding(() -> (day.get() + " " + time.get()).strip(), day, time);
    }
}
