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
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;

/** The four questions, with the person's own plan and prediction beside them. */
public final class ReflectionView extends HBox {

    public ReflectionView(ReflectionViewModel model) {
        FieldProblems problems = model.problems();
        Exposure exposure = model.exposure();
        TextArea whatHappened = Inputs.area("whatHappened", model.whatHappenedProperty(), 3);
        OutcomeChoice outcome = new OutcomeChoice(model.outcomeProperty());

        VBox form = new FormLayout()
                .heading(Texts.get("reflection.lookingBack"))
                .note(Texts.get("reflection.answerLikeCanCome"))
                .field(Texts.get("reflection.actuallyHappened"), whatHappened, null,
                        problems.of(Field.WHAT_HAPPENED))
                .field(Texts.get("reflection.didFearedHappen"), outcome.first(),
                        outcome, null, null)
                .field(Texts.get("reflection.didFeel"), Inputs.area("felt", model.feltProperty(), 2), null,
                        problems.of(Field.FELT))
                .field(Texts.get("reflection.wasWorseThanImagined"), Inputs.area("worse",
                        model.worseProperty(), 2), null, problems.of(Field.WORSE))
                .field(Texts.get("reflection.wasBetterThanImagined"), Inputs.area("better",
                        model.betterProperty(), 2), null, problems.of(Field.BETTER))
                .field(Texts.get("reflection.didLearn"), Inputs.area("learned", model.learnedProperty(), 2),
                        null, problems.of(Field.LEARNED))
                .field(Texts.get("reflection.howLikelyDoesFeared"),
                        Inputs.rating("likelihoodAfter", model.likelihoodAfterProperty(), "%"),
                        exposure.plan().likelihood() == null ? null
                                : Texts.format("reflection.beforeSeemed",
                                        Wording.percent(exposure.plan().likelihood())),
                        problems.of(Field.LIKELIHOOD_AFTER))
                .add(FormActions.of(model, Texts.get("reflection.saveReflection"), "saveReflection",
                        model::save,
                        Texts.get("reflection.later")))
                .focusFirstProblemOn(model.problemsShownProperty())
                .build();
        ScrollPane questions = new ScrollPane(form);
        questions.setFitToWidth(true);
        questions.getStyleClass().add("page");
        Scrolling.followFocus(questions);
        HBox.setHgrow(questions, Priority.ALWAYS);

        VBox plan = PlanFacts.withDistress(Texts.get("reflection.plan"), exposure);
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
