package org.goodenough.ui.ladder;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Ladder;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;

/** Every ladder, with its belief, and a way to start a new one. */
public final class LaddersView extends ScrollPane {

    public LaddersView(LaddersViewModel model) {
        Label heading = new Label(Texts.get("ladder.ladders"));
        heading.getStyleClass().add("form-heading");
        Label note = new Label(Texts.get("ladder.ladderHoldsStepsOne"));
        note.getStyleClass().add("form-note");
        note.setWrapText(true);
        Button create = new Button(Texts.get("ladder.newLadder2"));
        create.setId("newLadder");
        create.getStyleClass().add("primary");
        create.setOnAction(event -> model.newLadder());
        Label empty = new Label(Texts.get("ladder.noLaddersYetStart"));
        empty.getStyleClass().add("form-note");
        empty.setWrapText(true);
        empty.visibleProperty().bind(model.loadedProperty()
                .and(Bindings.isEmpty(model.ladders())));
        empty.managedProperty().bind(empty.visibleProperty());
        VBox list = new VBox();
        list.setId("ladders");
        list.getStyleClass().add("ladder-list");
        model.ladders().addListener((ListChangeListener<Ladder>) change ->
                list.getChildren().setAll(model.ladders().stream().map(each -> row(model, each))
                        .toList()));
        VBox page = new VBox(heading, note, create, empty, list,
                Messages.bound(model.messageProperty(), "form-message"));
        page.getStyleClass().add("form");
        page.setId("laddersPage");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("page");
    }

    private static VBox row(LaddersViewModel model, Ladder ladder) {
        Hyperlink name = new Hyperlink(Wording.shortened(ladder.name(), 100));
        name.getStyleClass().add("ladder-name");
        name.setOnAction(event -> model.open(ladder));
        VBox row = new VBox(name);
        if (ladder.belief() != null) {
            Label belief = new Label(Wording.shortened(ladder.belief(), 240)
                    + (ladder.beliefStrength() == null ? ""
                    : Texts.format("ladder.held", Wording.percent(ladder.beliefStrength()))));
            belief.getStyleClass().add("cell-line");
            belief.setWrapText(true);
            row.getChildren().add(belief);
        }
        row.getStyleClass().add("ladder-row");
        return row;
    }
}
