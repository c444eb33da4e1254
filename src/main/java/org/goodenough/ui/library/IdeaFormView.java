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
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Words;

/** The form for an idea of the person's own. */
public final class IdeaFormView extends ScrollPane {

    public IdeaFormView(IdeaFormViewModel model) {
        TextArea title = Inputs.area("ideaTitle", model.titleProperty(), 2);
        title.setPromptText(Texts.get("library.exampleLeaveOneSmall"));
        setContent(new FormLayout()
                .heading(model.heading())
                .note(Texts.get("library.ideasAreKeptJournal"))
                .field(Texts.get("library.mistake"), title, null, model.problems().of(Field.IDEA_TITLE))
                .field(Texts.get("library.category"), Inputs.choice("ideaFormCategory", Category.class,
                        model.categoryProperty(), Words::of), null, null)
                .field(Texts.get("library.stakes2"), Inputs.choice("ideaFormStakes", Stakes.class,
                        model.stakesProperty(), Words::of), null, null)
                .field(Texts.get("library.tip"), Inputs.line("ideaTip", model.tipProperty()),
                        Texts.get("library.noticeWhichSafetyBehaviour"),
                        model.problems().of(Field.IDEA_TIP))
                .add(FormActions.of(model, Texts.get("library.saveIdea"), "saveIdea", model::save,
                        Texts.get("library.cancel")))
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
