package org.goodenough.ui.search;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Category;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.SearchResults;
import org.goodenough.ui.common.Buttons;
import org.goodenough.ui.common.Inputs;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;
import org.goodenough.ui.common.Words;

/** A search field, filters, and the exposures found, updated as the person types. */
public final class SearchView extends VBox {

    public SearchView(SearchViewModel model) {
        Label heading = new Label(Texts.get("search.searchJournal"));
        heading.getStyleClass().add("form-heading");

        TextField words = Inputs.line("searchWords", model.wordsProperty());
        words.setPromptText(Texts.get("search.wordsPlanReflection"));
        words.setAccessibleText(Texts.get("search.searchWords"));

        var status = Inputs.choice("searchStatus", ExposureStatus.class, model.statusProperty(),
                Words::of, Texts.get("search.anyState"));
        status.setAccessibleText(Texts.get("search.state"));
        var category = Inputs.choice("searchCategory", Category.class, model.categoryProperty(),
                Words::of, Texts.get("search.allAreas"));
        category.setAccessibleText(Texts.get("search.area"));
        var stakes = Inputs.choice("searchStakes", Stakes.class, model.stakesProperty(),
                Words::stakesInChoice, Texts.get("search.anyStakes"));
        stakes.setAccessibleText(Texts.get("search.stakes2"));
        var ladder = Inputs.choice("searchLadder", model.ladders(), model.ladderProperty(),
                each -> Wording.shortened(each.name(), 40), Texts.get("search.allLadders"));
        ladder.setAccessibleText(Texts.get("search.ladder"));
        var from = Inputs.day("searchFrom", model.fromProperty(), Texts.get("search.day"));
        var to = Inputs.day("searchTo", model.toProperty(), Texts.get("search.day2"));
        Button clear = Buttons.of(Texts.get("search.clearFilters"), "clearFilters", model::clearFilters);
        FlowPane filters = new FlowPane(status, category, stakes, ladder, from, to, clear);
        filters.getStyleClass().add("button-row");
        filters.setAlignment(Pos.CENTER_LEFT);

        Label count = new Label();
        count.setId("searchCount");
        count.getStyleClass().add("cell-line");
        count.setWrapText(true);
        count.textProperty().bind(model.countText());

        ListView<SearchResults.Found> results = new ListView<>(model.found());
        results.setId("searchResults");
        results.setCellFactory(view -> new FoundCell());
        results.setAccessibleText(Texts.get("search.exposuresFound"));
        results.setPlaceholder(new Label(""));
        VBox.setVgrow(results, Priority.ALWAYS);
        results.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                model.open(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.open(results.getSelectionModel().getSelectedItem());
            }
        });
        words.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                event.consume();
            }
        });
        Button open = Buttons.of(Texts.get("search.open"), "openFound",
                () -> model.open(results.getSelectionModel().getSelectedItem()));
        open.disableProperty().bind(results.getSelectionModel().selectedItemProperty().isNull());
        Label hint = new Label(Texts.get("search.doubleClickResultPress"));
        hint.getStyleClass().add("field-hint");
        FlowPane actions = new FlowPane(open, hint);
        actions.getStyleClass().add("button-row");
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.visibleProperty().bind(Bindings.isNotEmpty(model.found()));
        actions.managedProperty().bind(actions.visibleProperty());

        Label periodProblem = Messages.bound(model.periodProblemProperty(), "field-problem");
        periodProblem.setId("searchPeriodProblem");
        getChildren().addAll(heading, words, filters, periodProblem, count, results, actions,
                Messages.bound(model.messageProperty(), "form-message"));
        getStyleClass().addAll("form", "search");
        setId("searchPage");
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                words.requestFocus();
                words.end();
            }
        });
    }
}
