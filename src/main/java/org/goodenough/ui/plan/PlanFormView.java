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
import org.goodenough.ui.common.Wording;

/** The plan form: what mistake, when, what I fear, and how I will look after myself. */
public final class PlanFormView extends ScrollPane {

    public PlanFormView(PlanFormViewModel model) {
        FieldProblems problems = model.problems();
        TextArea mistake = Inputs.area("mistake", model.mistakeProperty(), 2);
        mistake.setPromptText("For example: send the email with one small typo left in");

        DatePicker date = new DatePicker();
        date.setId("date");
        LenientDates dates = new LenientDates();
        date.setConverter(dates);
        date.setValue(dates.fromString(model.dateProperty().get()));
        // The typed text is what is saved, so a day typed but not yet confirmed is never lost.
        date.getEditor().textProperty().bindBidirectional(model.dateProperty());
        date.setAccessibleText("Day");
        TextField time = Inputs.line("time", model.timeProperty());
        time.setPromptText("14:30");
        time.setPrefColumnCount(5);
        time.setAccessibleText("Time");
        HBox when = new HBox(date, time);
        when.getStyleClass().add("inline-fields");

        FormLayout layout = new FormLayout()
                .heading(model.title())
                .note("Only the mistake is needed. Everything else can be left empty.");
        if (model.ideaTip() != null) {
            layout.note("From the idea library. Tip: " + model.ideaTip());
        }
        VBox form = layout
                .field("The _mistake I will make on purpose", mistake, null,
                        problems.of(Field.MISTAKE))
                .add(ClinicianNote.bound(model.withClinicianProperty()))
                .field("On the _ladder", ladderChoice(model),
                        "The fear this step belongs to, if it belongs to one.",
                        problems.of(Field.LADDER))
                .field("_Category", Inputs.choice("category", Category.class,
                        model.categoryProperty(), Category::label), null, null)
                .field("_Stakes", Inputs.choice("stakes", Stakes.class, model.stakesProperty(),
                        Stakes::label), "Starting low and climbing gently works best.", null)
                .field("_When", date, when, "A day, and a time if you like.",
                        both(problems.of(Field.DATE), problems.of(Field.TIME)))
                .field("Where, or _with whom", Inputs.line("place", model.placeProperty()), null,
                        problems.of(Field.PLACE))
                .field("What I _fear will happen", Inputs.area("fearedOutcome",
                        model.fearedOutcomeProperty(), 3), "Your prediction, in your own words.",
                        problems.of(Field.FEARED_OUTCOME))
                .field("How _likely it seems (0–100 %)", Inputs.rating("likelihood",
                        model.likelihoodProperty(), "%"), null, problems.of(Field.LIKELIHOOD))
                .field("How _distressing I expect it to be (0–100)", Inputs.rating(
                        "expectedDistress", model.expectedDistressProperty(), "0–100"),
                        "0 is calm, 100 the worst you can imagine.",
                        problems.of(Field.EXPECTED_DISTRESS))
                .field("The safety _behaviour I will drop", Inputs.line("safetyBehaviour",
                        model.safetyBehaviourProperty()),
                        "For example: re-reading it five times, apologising in advance.",
                        problems.of(Field.SAFETY_BEHAVIOUR))
                .field("My c_oping plan", Inputs.area("copingPlan", model.copingPlanProperty(), 3),
                        "How I will handle the discomfort.", problems.of(Field.COPING_PLAN))
                .field("My self-com_passion line", Inputs.line("selfCompassion",
                        model.selfCompassionProperty()), null, problems.of(Field.SELF_COMPASSION))
                .add(new PacingPanel(model))
                .add(FormActions.of(model, model.isNew() ? "Save plan" : "Save changes", "savePlan",
                        model::save, "Cancel"))
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
                ladder -> Wording.shortened(ladder.name(), 60), "None");
    }

    /** The day's and the time's problems, shown together under the one "When" field. */
    private static StringBinding both(ObservableStringValue day, ObservableStringValue time) {
        return Bindings.createStringBinding(() -> (day.get() + " " + time.get()).strip(), day, time);
    }
}
