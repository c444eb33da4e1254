package org.goodenough.ui.doing;

import javafx.scene.control.ScrollPane;
import org.goodenough.planner.Field;
import org.goodenough.ui.common.FieldProblems;
import org.goodenough.ui.common.FormActions;
import org.goodenough.ui.common.FormLayout;
import org.goodenough.ui.common.Inputs;
import org.goodenough.ui.common.Scrolling;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;
import org.goodenough.ui.common.RatingField;

/** "I did it": how distressing it felt, just before, at its peak and afterwards. */
public final class DidItView extends ScrollPane {

    public DidItView(DidItViewModel model) {
        FieldProblems problems = model.problems();
        RatingField before = Inputs.rating("distressBefore", model.beforeProperty(), "0–100");
        setContent(new FormLayout()
                .heading(Texts.get("doing.did"))
                .note("“" + Wording.shortened(model.exposure().plan().mistake(), 200) + "”")
                .note(Texts.get("doing.howDistressingDidFeel"))
                .field(Texts.get("doing.justBefore"), before, null, problems.of(Field.DISTRESS_BEFORE))
                .field(Texts.get("doing.itsPeak"), Inputs.rating("distressPeak",
                        model.peakProperty(), "0–100"),
                        null, problems.of(Field.DISTRESS_PEAK))
                .field(Texts.get("doing.afterwards"), Inputs.rating("distressAfter",
                        model.afterProperty(), "0–100"),
                        null, problems.of(Field.DISTRESS_AFTER))
                .add(FormActions.of(model, Texts.get("doing.saveReflect"), "saveDidIt", model::save,
                        Texts.get("doing.cancel")))
                .focusFirstProblemOn(model.problemsShownProperty())
                .build());
        setFitToWidth(true);
        getStyleClass().add("page");
        Scrolling.followFocus(this);
        before.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                before.requestFocus();
            }
        });
    }
}
