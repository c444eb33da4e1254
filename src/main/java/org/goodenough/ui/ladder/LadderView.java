package org.goodenough.ui.ladder;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Rung;
import org.goodenough.planner.LadderOverview;
import org.goodenough.ui.common.Buttons;
import org.goodenough.ui.common.Confirmation;
import org.goodenough.ui.common.Inputs;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.RatingField;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;
import org.goodenough.ui.worksheet.WorksheetPanel;

/** A ladder: the belief it tests, its rungs from least to most feared, and what to do next. */
public final class LadderView extends ScrollPane {

    private final LadderViewModel model;
    private final VBox page = new VBox();
    private final VBox content = new VBox();

    public LadderView(LadderViewModel model) {
        this.model = model;
        content.getStyleClass().add("ladder-content");
        page.getChildren().addAll(content, Messages.bound(model.messageProperty(), "form-message"),
                new WorksheetPanel(model.worksheet(), "Print the ladder…", "ladderWorksheet"));
        page.getStyleClass().add("form");
        page.setId("ladderPage");
        model.overviewProperty().addListener((observable, old, overview) -> show(overview));
        model.candidatesProperty().addListener((observable, old, found) -> {
            if (found != null) {
                chooseExisting(found);
            }
        });
        model.deletingProperty().addListener((observable, old, asking) -> {
            if (asking) {
                confirmDelete();
            }
        });
        show(model.overviewProperty().get());
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("page");
    }

    private void show(LadderOverview overview) {
        if (overview == null) {
            return;
        }
        Ladder ladder = overview.ladder();
        Label name = new Label(Wording.shortened(ladder.name(), 160));
        name.setId("ladderTitle");
        name.getStyleClass().add("form-heading");
        name.setWrapText(true);
        content.getChildren().setAll(name);
        if (ladder.belief() != null) {
            Label belief = new Label("“" + ladder.belief() + "”");
            belief.setId("ladderBelief");
            belief.getStyleClass().add("belief");
            belief.setWrapText(true);
            content.getChildren().add(belief);
        }
        content.getChildren().add(beliefRating(overview));
        overview.ready().ifPresent(advice -> {
            Label climb = new Label(advice.messageNamingRung());
            climb.setId("ladderClimb");
            climb.setWrapText(true);
            climb.getStyleClass().add("suggestion");
            content.getChildren().add(climb);
        });
        content.getChildren().addAll(rungs(overview), actions(ladder));
    }

    private VBox beliefRating(LadderOverview overview) {
        Label history = new Label(overview.history().isEmpty()
                ? "Not rated yet. How strongly do you hold this belief today?"
                : "How strongly you held it: " + overview.history().stream()
                        .map(rating -> Wording.percent(rating.strength()) + " ("
                                + Wording.day(rating.ratedAt()) + ")")
                        .collect(Collectors.joining(" → ")));
        history.setId("beliefHistory");
        history.setWrapText(true);
        history.getStyleClass().add("form-note");
        RatingField rating = Inputs.rating("beliefRating", model.ratingProperty(), "%");
        rating.setAccessibleText("How strongly I hold the belief today, 0 to 100 %");
        rating.setOnAction(event -> model.rate());
        Button save = new Button("Save today's rating");
        save.setId("rateBelief");
        save.setOnAction(event -> model.rate());
        save.disableProperty().bind(model.busyProperty());
        Label today = new Label("Today:");
        today.setLabelFor(rating);
        HBox row = new HBox(today, rating, save);
        row.getStyleClass().add("inline-fields");
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(history, row, Messages.bound(model.ratingProblemProperty(),
                "field-problem"));
        box.getStyleClass().add("field");
        return box;
    }

    private VBox rungs(LadderOverview overview) {
        Label title = new Label("Rungs, from least to most feared");
        title.getStyleClass().add("facts-title");
        Label order = new Label(overview.ladder().orderedByHand() ? "In the order you chose."
                : "Ordered by the distress you expect. Move a rung to set your own order.");
        order.getStyleClass().add("field-hint");
        order.setWrapText(true);
        HBox orderRow = new HBox(order);
        orderRow.setAlignment(Pos.CENTER_LEFT);
        if (overview.ladder().orderedByHand()) {
            Hyperlink reset = new Hyperlink("Order by expected distress again");
            reset.setId("orderByDistress");
            reset.setOnAction(event -> model.orderByDistress());
            orderRow.getChildren().add(reset);
        }
        VBox box = new VBox(title, orderRow);
        box.getStyleClass().add("facts");
        box.setId("rungs");
        List<Rung> rungs = overview.rungs();
        if (rungs.isEmpty()) {
            Label none = new Label("No rungs yet. Plan a first small step, pick one from the"
                    + " library, or add an exposure you already have.");
            none.getStyleClass().add("form-note");
            none.setWrapText(true);
            box.getChildren().add(none);
        }
        for (int i = 0; i < rungs.size(); i++) {
            box.getChildren().add(rung(rungs.get(i), i, rungs.size()));
        }
        return box;
    }

    private HBox rung(Rung rung, int index, int count) {
        Label number = new Label(Integer.toString(index + 1));
        number.getStyleClass().add("rung-number");
        Hyperlink mistake = new Hyperlink(Wording.shortened(rung.mistake(), 140));
        mistake.setWrapText(true);
        mistake.getStyleClass().add("rung-title");
        mistake.setOnAction(event -> model.open(rung));
        Label facts = new Label(factsOf(rung));
        facts.getStyleClass().add("cell-line");
        facts.setWrapText(true);
        VBox text = new VBox(mistake, facts);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button up = new Button("↑");
        up.setAccessibleText("Move up: earlier on the ladder");
        up.setDisable(index == 0);
        up.setOnAction(event -> model.moveUp(rung));
        Button down = new Button("↓");
        down.setAccessibleText("Move down: later on the ladder");
        down.setDisable(index == count - 1);
        down.setOnAction(event -> model.moveDown(rung));
        Hyperlink off = new Hyperlink("Take off");
        off.setAccessibleText("Take this rung off the ladder; the exposure stays in the journal");
        off.setOnAction(event -> model.takeOff(rung));
        HBox row = new HBox(number, text, up, down, off);
        row.getStyleClass().add("rung");
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(model.busyProperty());
        return row;
    }

    /** "Expected distress 40 · done 3 times · latest peak 30 / 100 · likelihood now 20 %". */
    static String factsOf(Rung rung) {
        StringBuilder line = new StringBuilder();
        line.append(rung.expectedDistress() == null ? "Expected distress not rated"
                : "Expected distress " + rung.expectedDistress().value());
        int done = rung.timesDone();
        line.append(" · ").append(switch (done) {
            case 0 -> "not done yet";
            case 1 -> "done once";
            default -> "done " + done + " times";
        });
        if (rung.latestPeak() != null) {
            line.append(" · latest peak ").append(Wording.suds(rung.latestPeak()));
        }
        if (rung.latestLikelihood() != null) {
            line.append(" · likelihood ").append(done == 0 ? "" : "now ")
                    .append(Wording.percent(rung.latestLikelihood()));
        }
        if (done > 0 && rung.latest().status() == ExposureStatus.PLANNED) {
            line.append(" · planned again");
        }
        return line.toString();
    }

    private FlowPane actions(Ladder ladder) {
        FlowPane actions = new FlowPane(
                Buttons.primary("Plan a new rung", "planRung", model::planNewRung),
                Buttons.of("Add from the library", "rungFromLibrary", model::fromLibrary),
                Buttons.of("Add an exposure I have…", "addExisting", model::askForExisting),
                Buttons.of("Change the ladder", "editLadder", model::edit),
                Buttons.of("Delete the ladder…", "deleteLadder", model::askToDelete),
                Buttons.of("All ladders", "allLadders", model::allLadders));
        actions.getStyleClass().add("button-row");
        actions.disableProperty().bind(model.busyProperty());
        return actions;
    }

    private void chooseExisting(List<Exposure> found) {
        if (found.isEmpty()) {
            Alert none = new Alert(Alert.AlertType.INFORMATION,
                    "Every exposure in your journal is already on a ladder. Plan a new rung instead.");
            none.setHeaderText("Nothing to add");
            none.initOwner(getScene().getWindow());
            none.showAndWait();
            return;
        }
        List<Choice> choices = found.stream().map(Choice::new).toList();
        ChoiceDialog<Choice> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.setTitle("Add an exposure to the ladder");
        dialog.setHeaderText("Which exposure is a step on this ladder?");
        dialog.setContentText("Exposure:");
        dialog.initOwner(getScene().getWindow());
        Node box = dialog.getDialogPane().lookup(".combo-box");
        if (box != null) {
            box.setAccessibleText(Texts.get("accessibility.addExisting"));
        }
        dialog.showAndWait().ifPresent(choice -> model.addExisting(choice.exposure()));
    }

    /** An exposure as it reads in the list of ones to add. */
    private record Choice(Exposure exposure) {
        @Override
        public String toString() {
            return Wording.shortened(exposure.plan().mistake(), 80) + " (" + Wording.listLine(exposure) + ")";
        }
    }

    private void confirmDelete() {
        if (Confirmation.toRemove(this, "Delete this ladder?", "Delete the ladder?",
                "The ladder and its belief ratings are removed. Its exposures stay in your"
                        + " journal, standing alone.", "Delete the ladder")) {
            model.confirmDelete();
        } else {
            model.keep();
        }
    }
}
