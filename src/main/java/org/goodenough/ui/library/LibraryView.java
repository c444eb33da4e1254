package org.goodenough.ui.library;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Category;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Stakes;
import org.goodenough.ui.common.ClinicianNote;
import org.goodenough.ui.common.Inputs;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;
import org.goodenough.ui.common.Words;

/** The idea library: filters on top, the ideas below, and what to do with the chosen one. */
public final class LibraryView extends VBox {

    public LibraryView(LibraryViewModel model) {
        Label heading = new Label(model.forLadder() == null ? Texts.get("library.ideaLibrary")
                : Texts.format("library.ideasFor", Wording.shortened(model.forLadder().name(), 60)));
        heading.getStyleClass().add("form-heading");
        heading.setWrapText(true);
        Label note = new Label(Texts.get("library.smallMistakesMakePurpose"));
        note.getStyleClass().add("form-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);

        TextField search = Inputs.line("ideaSearch", model.searchProperty());
        search.setPromptText(Texts.get("library.searchIdeas"));
        search.setAccessibleText(Texts.get("library.searchIdeas"));
        search.setPrefColumnCount(16);
        var category = Inputs.choice("ideaCategory", Category.class, model.categoryProperty(),
                Words::of, Texts.get("library.allCategories"));
        category.setAccessibleText(Texts.get("library.category2"));
        var stakes = Inputs.choice("ideaStakes", Stakes.class, model.stakesProperty(),
                Words::stakesInChoice, Texts.get("library.anyStakes"));
        stakes.setAccessibleText(Texts.get("library.stakes3"));
        CheckBox hidden = new CheckBox(Texts.get("library.showHiddenIdeas"));
        hidden.setId("showHidden");
        hidden.selectedProperty().bindBidirectional(model.withHiddenProperty());
        FlowPane filters = new FlowPane(search, category, stakes, hidden);
        filters.getStyleClass().add("button-row");
        filters.setAlignment(Pos.CENTER_LEFT);

        Label count = new Label();
        count.setId("ideaCount");
        count.getStyleClass().add("cell-line");
        count.textProperty().bind(model.countText());

        ListView<Idea> list = new ListView<>(model.shown());
        list.setId("ideas");
        list.setCellFactory(view -> new IdeaCell());
        list.setAccessibleText(Texts.get("library.ideas2"));
        list.setPlaceholder(new Label(""));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener(
                (observable, old, idea) -> model.chosenProperty().set(idea));
        model.chosenProperty().addListener((observable, old, idea) -> {
            if (idea != null && list.getSelectionModel().getSelectedItem() != idea) {
                list.getSelectionModel().select(idea);
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                model.planThis();
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.planThis();
            }
        });

        Label clinician = ClinicianNote.bound(Bindings.createBooleanBinding(() ->
                model.chosenProperty().get() != null && model.chosenProperty().get().withClinician(),
                model.chosenProperty()));

        Button plan = new Button(model.forLadder() == null ? Texts.get("library.plan") : Texts.get("library.planLadder"));
        plan.setId("planThis");
        plan.getStyleClass().add("primary");
        plan.disableProperty().bind(model.chosenProperty().isNull());
        plan.setOnAction(event -> model.planThis());
        Button hide = new Button();
        hide.setId("hideIdea");
        hide.textProperty().bind(Bindings.createStringBinding(() -> model.chosenProperty().get() != null
                && model.chosenProperty().get().hidden() ? Texts.get("library.showAgain") : Texts.get("library.hide"),
                model.chosenProperty()));
        hide.disableProperty().bind(model.chosenProperty().isNull());
        hide.setOnAction(event -> model.toggleHidden());
        Button edit = new Button(Texts.get("library.changeIdea2"));
        edit.setId("editIdea");
        edit.visibleProperty().bind(Bindings.createBooleanBinding(() ->
                model.chosenProperty().get() != null && model.chosenProperty().get().own(),
                model.chosenProperty()));
        edit.managedProperty().bind(edit.visibleProperty());
        edit.setOnAction(event -> model.editChosen());
        Button add = new Button(Texts.get("library.addOwnIdea"));
        add.setId("addIdea");
        add.setOnAction(event -> model.addOwn());
        FlowPane actions = new FlowPane(plan, hide, edit, add);
        actions.getStyleClass().add("button-row");
        if (model.forLadder() != null) {
            Button back = new Button(Texts.get("library.backLadder"));
            back.setOnAction(event -> model.back());
            actions.getChildren().add(back);
        }

        CheckBox pacing = new CheckBox(Texts.get("library.suggestSmallerStepBefore"));
        pacing.setId("pacingSuggestions");
        pacing.selectedProperty().bindBidirectional(model.pacingProperty());

        getChildren().addAll(heading, note, filters, count, list, clinician, actions, pacing,
                Messages.bound(model.messageProperty(), "form-message"));
        getStyleClass().addAll("form", "library");
        setId("library");
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                search.requestFocus();
            }
        });
    }
}
