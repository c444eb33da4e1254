package org.goodenough.ui.ladder;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Ladder;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.Texts;

/**
 * Every ladder, with its belief, and a way to start a new one. The ladders are a list that
 * builds only the rows in view, so a journal of many years opens this page as fast as a new one.
 */
public final class LaddersView extends VBox {

    public LaddersView(LaddersViewModel model) {
        Label heading = new Label(Texts.get("ladder.ladders"));
        heading.getStyleClass().add("form-heading");
        Label note = new Label(Texts.get("ladder.ladderHoldsStepsOne"));
        note.getStyleClass().add("form-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        Button create = new Button(Texts.get("ladder.newLadder2"));
        create.setId("newLadder");
        create.getStyleClass().add("primary");
        create.setOnAction(event -> model.newLadder());
        Label empty = new Label(Texts.get("ladder.noLaddersYetStart"));
        empty.getStyleClass().add("form-note");
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        empty.visibleProperty().bind(model.loadedProperty()
                .and(Bindings.isEmpty(model.ladders())));
        empty.managedProperty().bind(empty.visibleProperty());

        ListView<Ladder> list = new ListView<>(model.ladders());
        list.setId("ladders");
        list.getStyleClass().add("ladder-list");
        list.setCellFactory(view -> new LadderCell(model::open));
        list.setAccessibleText(Texts.get("ladder.ladders"));
        list.setPlaceholder(new Label(""));
        list.visibleProperty().bind(Bindings.isNotEmpty(model.ladders()));
        list.managedProperty().bind(list.visibleProperty());
        VBox.setVgrow(list, Priority.ALWAYS);
        // The arrow keys choose a ladder without leaving the page; Enter opens it.
        list.setOnKeyPressed(event -> {
            Ladder chosen = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && chosen != null) {
                event.consume();
                model.open(chosen);
            }
        });

        getChildren().addAll(heading, note, create, empty, list,
                Messages.bound(model.messageProperty(), "form-message"));
        getStyleClass().addAll("form", "ladders");
        setId("laddersPage");
    }
}
