package org.goodenough.ui.ladder;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.goodenough.planner.Field;
import org.goodenough.ui.common.FormActions;
import org.goodenough.ui.common.FormLayout;
import org.goodenough.ui.common.Inputs;
import org.goodenough.ui.common.Scrolling;

/** The form for a ladder. */
public final class LadderFormView extends ScrollPane {

    public LadderFormView(LadderFormViewModel model) {
        TextField name = Inputs.line("ladderName", model.nameProperty());
        name.setPromptText("For example: Visible mistakes at work");
        var belief = Inputs.area("belief", model.beliefProperty(), 3);
        belief.setPromptText("If I make a visible mistake, people will think I am incompetent.");
        setContent(new FormLayout()
                .heading(model.heading())
                .note("One ladder for one fear. Its steps go from least to most feared.")
                .field("_Name", name, null, model.problems().of(Field.LADDER_NAME))
                .field("The _belief, in your own words", belief, null,
                        model.problems().of(Field.BELIEF))
                .field("How _strongly I hold it (0–100 %)", Inputs.rating("beliefStrength",
                        model.strengthProperty(), "%"),
                        model.isNew() ? "You can rate it again as you climb."
                                : "A new rating is added to its history; earlier ones are kept.",
                        model.problems().of(Field.BELIEF_STRENGTH))
                .add(FormActions.of(model, model.isNew() ? "Save ladder" : "Save changes",
                        "saveLadder", model::save, "Cancel"))
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
