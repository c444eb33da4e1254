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
import org.goodenough.ui.common.Wording;

/** A search field, filters, and the exposures found, updated as the person types. */
public final class SearchView extends VBox {

    public SearchView(SearchViewModel model) {
        Label heading = new Label("Search your journal");
        heading.getStyleClass().add("form-heading");

        TextField words = Inputs.line("searchWords", model.wordsProperty());
        words.setPromptText("Words from a plan or a reflection");
        words.setAccessibleText("Search words");

        var status = Inputs.choice("searchStatus", ExposureStatus.class, model.statusProperty(),
                ExposureStatus::label, "Any state");
        status.setAccessibleText("State");
        var category = Inputs.choice("searchCategory", Category.class, model.categoryProperty(),
                Category::label, "All areas");
        category.setAccessibleText("Area");
        var stakes = Inputs.choice("searchStakes", Stakes.class, model.stakesProperty(),
                each -> each.label() + " stakes", "Any stakes");
        stakes.setAccessibleText("Stakes");
        var ladder = Inputs.choice("searchLadder", model.ladders(), model.ladderProperty(),
                each -> Wording.shortened(each.name(), 40), "All ladders");
        ladder.setAccessibleText("Ladder");
        var from = Inputs.day("searchFrom", model.fromProperty(), "From day");
        var to = Inputs.day("searchTo", model.toProperty(), "To day");
        Button clear = Buttons.of("Clear filters", "clearFilters", model::clearFilters);
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
        results.setAccessibleText("Exposures found");
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
        Button open = Buttons.of("Open", "openFound",
                () -> model.open(results.getSelectionModel().getSelectedItem()));
        open.disableProperty().bind(results.getSelectionModel().selectedItemProperty().isNull());
        Label hint = new Label("Double-click a result, or press Enter, to open it.");
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
