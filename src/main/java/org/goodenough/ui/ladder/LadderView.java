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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Rung;
import org.goodenough.planner.LadderOverview;
import org.goodenough.ui.common.Buttons;
import org.goodenough.ui.common.Confirmation;
import org.goodenough.ui.common.Focus;
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
                new WorksheetPanel(model.worksheet(), Texts.get("ladder.printLadder"), "ladderWorksheet"));
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
        // The page is built anew from each read: the keys go back to the control that had
        // them (the arrow pressed to move a rung, say, now on the rung's new row), instead of
        // leaving the page for the toolbar.
        Object focused = Focus.markOfFocused(content);
        // The page opened from the keyboard before the ladder was read gave the keys to what
        // was there (the worksheet's button, at the foot once the rungs come): they go to the
        // ladder's name instead.
        boolean opening = content.getChildren().isEmpty() && Focus.isIn(page);
        build(overview);
        if (opening) {
            Focus.request(Focus.startIn(content));
        }
        if (focused != null && !Focus.giveTo(content, focused)
                && focused instanceof RungPart arrow) {
            // Moved to the top or the bottom, where its arrow that way is off: the keys go to
            // the rung's title, which names it, and not to its other arrow, which would move
            // it back on the next Space.
            Focus.giveTo(content, new RungPart(arrow.seriesId(), RungPart.TITLE));
        }
    }

    /** A control of a rung's row (its title or an arrow), by the series the rung stands for. */
    private record RungPart(long seriesId, String part) {

        static final String TITLE = "title";
        static final String UP = "up";
        static final String DOWN = "down";
    }

    private void build(LadderOverview overview) {
        Ladder ladder = overview.ladder();
        Label name = new Label(Wording.shortened(ladder.name(), 160));
        name.setId("ladderTitle");
        name.getStyleClass().add("form-heading");
        name.setWrapText(true);
        Focus.startHere(name);
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
                ? Texts.get("ladder.notRatedYetHow")
                : Texts.format("ladder.howStronglyHeld", overview.history().stream()
                        .map(rating -> Wording.percent(rating.strength()) + " ("
                                + Wording.day(rating.ratedAt()) + ")")
                        .collect(Collectors.joining(" → "))));
        history.setId("beliefHistory");
        history.setWrapText(true);
        history.getStyleClass().add("form-note");
        RatingField rating = Inputs.rating("beliefRating", model.ratingProperty(), "%");
        rating.setAccessibleText(Texts.get("ladder.howStronglyHoldBelief"));
        rating.setOnAction(event -> model.rate());
        Button save = new Button(Texts.get("ladder.saveTodayRating"));
        save.setId("rateBelief");
        save.setOnAction(event -> model.rate());
        Focus.disableWhile(save, model.busyProperty());
        Label today = new Label(Texts.get("ladder.today"));
        today.setLabelFor(rating);
        // Wraps in a narrow window rather than cutting the words short, in any language.
        FlowPane row = new FlowPane(today, rating, save);
        row.getStyleClass().add("wrapping-fields");
        VBox box = new VBox(history, row, Messages.bound(model.ratingProblemProperty(),
                "field-problem"));
        box.getStyleClass().add("field");
        return box;
    }

    private VBox rungs(LadderOverview overview) {
        Label title = new Label(Texts.get("ladder.rungsLeastMostFeared"));
        title.getStyleClass().add("facts-title");
        Label order = new Label(overview.ladder().orderedByHand() ? Texts.get("ladder.orderChose")
                : Texts.get("ladder.orderedDistressExpectMove"));
        order.getStyleClass().add("field-hint");
        order.setWrapText(true);
        HBox orderRow = new HBox(order);
        orderRow.setAlignment(Pos.CENTER_LEFT);
        if (overview.ladder().orderedByHand()) {
            Hyperlink reset = new Hyperlink(Texts.get("ladder.orderExpectedDistressAgain"));
            reset.setId("orderByDistress");
            reset.setOnAction(event -> model.orderByDistress());
            orderRow.getChildren().add(reset);
        }
        VBox box = new VBox(title, orderRow);
        box.getStyleClass().add("facts");
        box.setId("rungs");
        List<Rung> rungs = overview.rungs();
        if (rungs.isEmpty()) {
            Label none = new Label(Texts.get("ladder.noRungsYetPlan"));
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
        Focus.mark(mistake, new RungPart(rung.seriesId(), RungPart.TITLE));
        Label facts = new Label(factsOf(rung));
        facts.getStyleClass().add("cell-line");
        facts.setWrapText(true);
        VBox text = new VBox(mistake, facts);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button up = new Button("↑");
        up.setAccessibleText(Texts.get("ladder.moveUpEarlierLadder"));
        up.setDisable(index == 0);
        up.setOnAction(event -> model.moveUp(rung));
        Focus.mark(up, new RungPart(rung.seriesId(), RungPart.UP));
        Button down = new Button("↓");
        down.setAccessibleText(Texts.get("ladder.moveDownLaterLadder"));
        down.setDisable(index == count - 1);
        down.setOnAction(event -> model.moveDown(rung));
        Focus.mark(down, new RungPart(rung.seriesId(), RungPart.DOWN));
        Hyperlink off = new Hyperlink(Texts.get("ladder.takeOff"));
        off.setAccessibleText(Texts.get("ladder.takeRungOffLadder"));
        off.setOnAction(event -> model.takeOff(rung));
        // The rung's words wrap; the number and the buttons keep their whole width.
        for (Region whole : List.of(number, up, down, off)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(number, text, up, down, off);
        row.getStyleClass().add("rung");
        row.setAlignment(Pos.CENTER_LEFT);
        Focus.disableWhile(row, model.busyProperty());
        return row;
    }

    /** "Expected distress 40 · done 3 times · latest peak 30 / 100 · likelihood now 20 %". */
    static String factsOf(Rung rung) {
        StringBuilder line = new StringBuilder();
        line.append(rung.expectedDistress() == null ? Texts.get("ladder.expectedDistressNotRated")
                : Texts.format("ladder.expectedDistress", rung.expectedDistress().value()));
        int done = rung.timesDone();
        line.append(" · ").append(switch (done) {
            case 0 -> Texts.get("ladder.notDoneYet");
            case 1 -> Texts.get("ladder.doneOnce");
            default -> Texts.format("ladder.doneTimes", done);
        });
        if (rung.latestPeak() != null) {
            line.append(Texts.format("ladder.latestPeak", Wording.suds(rung.latestPeak())));
        }
        if (rung.latestLikelihood() != null) {
            line.append(Texts.format(done == 0 ? "ladder.likelihood" : "ladder.likelihoodNow",
                    Wording.percent(rung.latestLikelihood())));
        }
        if (done > 0 && rung.latest().status() == ExposureStatus.PLANNED) {
            line.append(Texts.get("ladder.plannedAgain"));
        }
        return line.toString();
    }

    private FlowPane actions(Ladder ladder) {
        FlowPane actions = new FlowPane(
                Buttons.primary(Texts.get("ladder.planNewRung"), "planRung", model::planNewRung),
                Buttons.of(Texts.get("ladder.addLibrary"), "rungFromLibrary", model::fromLibrary),
                Buttons.of(Texts.get("ladder.addExposureHave"), "addExisting", model::askForExisting),
                Buttons.of(Texts.get("ladder.changeLadder"), "editLadder", model::edit),
                Buttons.of(Texts.get("ladder.deleteLadder"), "deleteLadder", model::askToDelete),
                Buttons.of(Texts.get("ladder.allLadders"), "allLadders", model::allLadders));
        actions.getStyleClass().add("button-row");
        Focus.disableWhile(actions, model.busyProperty());
        return actions;
    }

    private void chooseExisting(List<Exposure> found) {
        if (found.isEmpty()) {
            Alert none = new Alert(Alert.AlertType.INFORMATION,
                    Texts.get("ladder.everyExposureJournalAlready"));
            none.setHeaderText(Texts.get("ladder.nothingAdd"));
            none.initOwner(getScene().getWindow());
            none.showAndWait();
            return;
        }
        List<Choice> choices = found.stream().map(Choice::new).toList();
        ChoiceDialog<Choice> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.setTitle(Texts.get("ladder.addExposureLadder"));
        dialog.setHeaderText(Texts.get("ladder.whichExposureStepLadder"));
        dialog.setContentText(Texts.get("ladder.exposure"));
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
        if (Confirmation.toRemove(this, Texts.get("ladder.deleteLadder2"),
                Texts.get("ladder.deleteLadder3"),
                Texts.get("ladder.ladderItsBeliefRatings"), Texts.get("ladder.deleteLadder4"))) {
            model.confirmDelete();
        } else {
            model.keep();
        }
    }
}
