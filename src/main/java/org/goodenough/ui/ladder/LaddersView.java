package org.goodenough.ui.ladder;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Ladder;
import org.goodenough.ui.common.Focus;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.Texts;

/**
 * Every ladder, with its belief, and a way to start a new one. The ladders are a list that
 * builds only the rows in view, so a journal of many years opens this page as fast as a new one.
 */
public final class LaddersView extends ScrollPane {

    /** The least height of the list, in em: a few ladders, however small the window. */
    private static final double LIST_MIN_EM = 12;

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
        list.setCellFactory(view -> new LadderCell(model::open));
        list.setAccessibleText(Texts.get("ladder.ladders"));
        list.setPlaceholder(new Label(""));
        list.visibleProperty().bind(Bindings.isNotEmpty(model.ladders()));
        list.managedProperty().bind(list.visibleProperty());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setStyle("-fx-min-height: " + LIST_MIN_EM + "em;");
        // The arrow keys move through the ladders without leaving the page; Enter opens one.
        list.setOnKeyPressed(event -> {
            Ladder chosen = list.getFocusModel().getFocusedItem();
            if (event.getCode() == KeyCode.ENTER && chosen != null) {
                event.consume();
                model.open(chosen);
            }
        });
        // Once the ladders are there, the keys go to them (or to New ladder when there are none).
        model.loadedProperty().addListener((observable, was, loaded) -> {
            if (loaded && getScene() != null) {
                Focus.request(model.ladders().isEmpty() ? create : list);
            }
        });

        VBox page = new VBox(heading, note, create, empty, list,
                Messages.bound(model.messageProperty(), "form-message"));
        page.getStyleClass().addAll("form", "ladders");
        page.setId("laddersPage");
        // The list takes the page's height; in a small window the page scrolls instead.
        setContent(page);
        setFitToWidth(true);
        setFitToHeight(true);
        getStyleClass().add("page");
    }
}
