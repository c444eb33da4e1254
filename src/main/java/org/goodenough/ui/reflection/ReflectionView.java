package org.goodenough.ui.reflection;

import javafx.scene.control.TextArea;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Exposure;
import org.goodenough.planner.Field;
import org.goodenough.ui.common.FieldProblems;
import org.goodenough.ui.common.FormActions;
import org.goodenough.ui.common.FormLayout;
import org.goodenough.ui.common.Inputs;
import org.goodenough.ui.common.OutcomeChoice;
import org.goodenough.ui.common.Scrolling;
import org.goodenough.ui.common.PlanFacts;
import org.goodenough.ui.common.Wording;

/** The four questions, with the person's own plan and prediction beside them. */
public final class ReflectionView extends HBox {

    public ReflectionView(ReflectionViewModel model) {
        FieldProblems problems = model.problems();
        Exposure exposure = model.exposure();
        TextArea whatHappened = Inputs.area("whatHappened", model.whatHappenedProperty(), 3);
        OutcomeChoice outcome = new OutcomeChoice(model.outcomeProperty());

        VBox form = new FormLayout()
                .heading("Looking back")
                .note("Answer what you like; you can come back to the rest later.")
                .field("What actually _happened?", whatHappened, null,
                        problems.of(Field.WHAT_HAPPENED))
                .field("Did what you _feared happen?", outcome.first(),
                        outcome, null, null)
                .field("What did I f_eel?", Inputs.area("felt", model.feltProperty(), 2), null,
                        problems.of(Field.FELT))
                .field("What was _worse than I imagined?", Inputs.area("worse",
                        model.worseProperty(), 2), null, problems.of(Field.WORSE))
                .field("What was _better than I imagined?", Inputs.area("better",
                        model.betterProperty(), 2), null, problems.of(Field.BETTER))
                .field("What did I _learn?", Inputs.area("learned", model.learnedProperty(), 2),
                        null, problems.of(Field.LEARNED))
                .field("How likely does the feared outcome seem _now? (0–100 %)",
                        Inputs.rating("likelihoodAfter", model.likelihoodAfterProperty(), "%"),
                        exposure.plan().likelihood() == null ? null
                                : "Before, it seemed " + Wording.percent(exposure.plan().likelihood())
                                        + ".",
                        problems.of(Field.LIKELIHOOD_AFTER))
                .add(FormActions.of(model, "Save reflection", "saveReflection", model::save,
                        "Later"))
                .focusFirstProblemOn(model.problemsShownProperty())
                .build();
        ScrollPane questions = new ScrollPane(form);
        questions.setFitToWidth(true);
        questions.getStyleClass().add("page");
        Scrolling.followFocus(questions);
        HBox.setHgrow(questions, Priority.ALWAYS);

        VBox plan = PlanFacts.withDistress("Your plan", exposure);
        plan.setId("planBeside");
        ScrollPane side = new ScrollPane(plan);
        side.setFitToWidth(true);
        side.getStyleClass().addAll("page", "beside", "reflection-beside");

        getChildren().addAll(side, questions);
        getStyleClass().add("reflection");
        whatHappened.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                whatHappened.requestFocus();
            }
        });
    }
}
