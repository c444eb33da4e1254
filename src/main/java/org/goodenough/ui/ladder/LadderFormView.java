package org.goodenough.ui.ladder;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.goodenough.planner.Field;
import org.goodenough.ui.common.FormActions;
import org.goodenough.ui.common.FormLayout;
import org.goodenough.ui.common.Inputs;
import org.goodenough.ui.common.Scrolling;
import org.goodenough.ui.common.Texts;

/** The form for a ladder. */
public final class LadderFormView extends ScrollPane {

    public LadderFormView(LadderFormViewModel model) {
        TextField name = Inputs.line("ladderName", model.nameProperty());
        name.setPromptText(Texts.get("ladder.exampleVisibleMistakesWork"));
        var belief = Inputs.area("belief", model.beliefProperty(), 3);
        belief.setPromptText(Texts.get("ladder.ifMakeVisibleMistake"));
        setContent(new FormLayout()
                .heading(model.heading())
                .note(Texts.get("ladder.oneLadderOneFear"))
                .field(Texts.get("ladder.name"), name, null, model.problems().of(Field.LADDER_NAME))
                .field(Texts.get("ladder.beliefOwnWords"), belief, null,
                        model.problems().of(Field.BELIEF))
                .field(Texts.get("ladder.howStronglyHold0"), Inputs.rating("beliefStrength",
                        model.strengthProperty(), "%"),
                        model.isNew() ? Texts.get("ladder.canRateAgainClimb")
                                : Texts.get("ladder.newRatingAddedIts"),
                        model.problems().of(Field.BELIEF_STRENGTH))
                .add(FormActions.of(model,
                        model.isNew() ? Texts.get("ladder.saveLadder") : Texts.get("ladder.saveChanges"),
                        "saveLadder", model::save, Texts.get("ladder.cancel")))
                .focusFirstProblemOn(model.problemsShownProperty())
                .build());
        setFitToWidth(true);
        getStyleClass().add("page");
        Scrolling.followFocus(this);
        name.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                name.requestFocus();
            }
        });
    }
}
