package org.goodenough.ui.library;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import org.goodenough.domain.Category;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.Field;
import org.goodenough.ui.common.FormActions;
import org.goodenough.ui.common.FormLayout;
import org.goodenough.ui.common.Inputs;
import org.goodenough.ui.common.Scrolling;

/** The form for an idea of the person's own. */
public final class IdeaFormView extends ScrollPane {

    public IdeaFormView(IdeaFormViewModel model) {
        TextArea title = Inputs.area("ideaTitle", model.titleProperty(), 2);
        title.setPromptText("For example: leave one small smudge on a slide");
        setContent(new FormLayout()
                .heading(model.heading())
                .note("Your ideas are kept in your journal, beside ours. Only the mistake is needed.")
                .field("The _mistake", title, null, model.problems().of(Field.IDEA_TITLE))
                .field("_Category", Inputs.choice("ideaFormCategory", Category.class,
                        model.categoryProperty(), Category::label), null, null)
                .field("_Stakes", Inputs.choice("ideaFormStakes", Stakes.class,
                        model.stakesProperty(), Stakes::label), null, null)
                .field("A _tip", Inputs.line("ideaTip", model.tipProperty()),
                        "What to notice, or which safety behaviour it drops.",
                        model.problems().of(Field.IDEA_TIP))
                .add(FormActions.of(model, "Save idea", "saveIdea", model::save, "Cancel"))
                .focusFirstProblemOn(model.problemsShownProperty())
                .build());
        setFitToWidth(true);
        getStyleClass().add("page");
        Scrolling.followFocus(this);
        title.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                title.requestFocus();
            }
        });
    }
}
