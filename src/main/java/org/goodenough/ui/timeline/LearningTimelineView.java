package org.goodenough.ui.timeline;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Category;
import org.goodenough.domain.Learning;
import org.goodenough.ui.common.Buttons;
import org.goodenough.ui.common.Inputs;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;
import org.goodenough.ui.common.Words;

/** The learning timeline: each answer with its day, and a link to the exposure it came from. */
public final class LearningTimelineView extends ScrollPane {

    public LearningTimelineView(LearningTimelineViewModel model) {
        Label heading = new Label(Texts.get("timeline.learned"));
        heading.getStyleClass().add("form-heading");
        Label note = new Label(Texts.get("timeline.everyAnswerDidLearn"));
        note.getStyleClass().add("form-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);

        var ladder = Inputs.choice("learnedLadder", model.ladders(), model.ladderProperty(),
                each -> Wording.shortened(each.name(), 40), Texts.get("timeline.allLadders"));
        ladder.setAccessibleText(Texts.get("timeline.ladder"));
        var category = Inputs.choice("learnedCategory", Category.class, model.categoryProperty(),
                Words::of, Texts.get("timeline.allAreas"));
        category.setAccessibleText(Texts.get("timeline.area"));
        CheckBox newest = new CheckBox(Texts.get("timeline.newestFirst"));
        newest.setId("newestFirst");
        newest.selectedProperty().bindBidirectional(model.newestFirstProperty());
        FlowPane filters = new FlowPane(ladder, category, newest);
        filters.getStyleClass().add("button-row");
        filters.setAlignment(Pos.CENTER_LEFT);

        Label empty = new Label();
        empty.setId("learnedEmpty");
        empty.getStyleClass().add("form-note");
        empty.setWrapText(true);
        empty.visibleProperty().bind(model.loadedProperty().and(Bindings.isEmpty(model.learnings())));
        empty.managedProperty().bind(empty.visibleProperty());

        VBox list = new VBox();
        list.setId("learnings");
        list.getStyleClass().add("learning-list");
        fillAll(list, model);
        model.learnings().addListener((ListChangeListener<Learning>) change -> {
            while (change.next()) {
                if (change.wasRemoved() || change.wasPermutated() || change.wasUpdated()) {
                    fillAll(list, model);
                    return;
                }
                list.getChildren().addAll(change.getFrom(),
                        entries(model, change.getAddedSubList()));
            }
        });
        empty.textProperty().bind(model.emptyText());

        Label count = new Label();
        count.getStyleClass().add("cell-line");
        count.textProperty().bind(Bindings.createStringBinding(() -> Texts.format(
                "timeline.showing", Wording.count(model.learnings().size()),
                Wording.count(model.totalProperty().get())),
                model.learnings(), model.totalProperty()));
        Button more = Buttons.of(Texts.get("timeline.showMore"), "moreLearned", model::showMore);
        HBox moreBar = new HBox(count, more);
        moreBar.getStyleClass().add("more-bar");
        moreBar.setAlignment(Pos.CENTER_LEFT);
        moreBar.visibleProperty().bind(Bindings.size(model.learnings()).lessThan(model.totalProperty()));
        moreBar.managedProperty().bind(moreBar.visibleProperty());

        VBox page = new VBox(heading, note, filters, empty, list, moreBar,
                Messages.bound(model.messageProperty(), "form-message"));
        page.getStyleClass().add("form");
        page.setId("learnedPage");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("page");
    }

    /** An entry for each answer read so far, in place of any shown. */
    private static void fillAll(VBox list, LearningTimelineViewModel model) {
        list.getChildren().setAll(entries(model, model.learnings()));
    }

    private static List<VBox> entries(LearningTimelineViewModel model,
            List<? extends Learning> learnings) {
        return learnings.stream().map(each -> entry(model, each)).toList();
    }

    private static VBox entry(LearningTimelineViewModel model, Learning learning) {
        Label day = new Label(Wording.day(learning.when())
                + (learning.category() == null ? "" : " · " + Words.of(learning.category())));
        day.getStyleClass().add("cell-line");
        Label text = new Label(learning.learned());
        text.getStyleClass().add("learning-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Hyperlink mistake = new Hyperlink(Wording.shortened(learning.mistake(), 120));
        mistake.getStyleClass().add("learning-mistake");
        mistake.setAccessibleHelp(Texts.get("timeline.openExposure"));
        mistake.setOnAction(event -> model.open(learning));
        VBox entry = new VBox(day, text, mistake);
        entry.getStyleClass().add("learning");
        return entry;
    }
}
