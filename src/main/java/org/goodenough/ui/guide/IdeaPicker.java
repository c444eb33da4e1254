package org.goodenough.ui.guide;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Idea;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Words;

/** A few low-stakes ideas from the library to start from, and a way to see others. */
final class IdeaPicker extends VBox {

    private final GuideViewModel model;
    private final VBox choices = new VBox();

    IdeaPicker(GuideViewModel model) {
        this.model = model;
        Label intro = new Label(Texts.get("guide.pickOneTheseWrite"));
        intro.getStyleClass().add("field-label");
        intro.setWrapText(true);
        choices.getStyleClass().add("guide-ideas");
        Hyperlink others = new Hyperlink(Texts.get("guide.showMeOtherIdeas"));
        others.setId("otherIdeas");
        others.setOnAction(event -> model.otherIdeas());
        getChildren().addAll(intro, choices, new FlowPane(others));
        getStyleClass().add("field");
        setId("guideIdeas");
        model.ideas().addListener((ListChangeListener<Idea>) change -> fill());
        fill();
    }

    private void fill() {
        choices.getChildren().clear();
        for (Idea idea : model.ideas()) {
            Button choice = new Button(idea.title());
            choice.setWrapText(true);
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.getStyleClass().add("guide-idea");
            choice.setAccessibleHelp(idea.category() == null ? null : Words.of(idea.category()));
            choice.setOnAction(event -> model.choose(idea));
            choices.getChildren().add(choice);
        }
    }
}
