package org.goodenough.ui.detail;

import java.util.List;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Reflection;
import org.goodenough.planner.DeletionRequest;
import org.goodenough.ui.common.Buttons;
import org.goodenough.ui.common.ClinicianNote;
import org.goodenough.ui.common.Confirmation;
import org.goodenough.ui.common.Facts;
import org.goodenough.ui.common.Focus;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.PlanFacts;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;
import org.goodenough.ui.common.Words;
import org.goodenough.ui.worksheet.WorksheetPanel;

/** An exposure read back: the plan, how it went, the reflection, and its repeats. */
public final class ExposureDetailView extends ScrollPane {

    private final ExposureDetailViewModel model;

    public ExposureDetailView(ExposureDetailViewModel model) {
        this.model = model;
        Exposure exposure = model.exposure();

        // The whole mistake is in the plan below; a long one is shortened in the title.
        Label title = new Label(Wording.shortened(exposure.plan().mistake(), 160));
        title.setId("detailTitle");
        title.getStyleClass().add("form-heading");
        title.setWrapText(true);
        Label status = new Label(statusLine(exposure));
        status.setId("detailStatus");
        status.getStyleClass().add("form-note");
        status.setWrapText(true);
        // Shown from the keyboard, the page starts on where the exposure stands (read out to
        // a screen reader: "Set aside for now…"), not on an action one Space would take.
        Focus.startHere(status);
        Label message = Messages.bound(model.messageProperty(), "form-message");

        Hyperlink ladder = new Hyperlink();
        ladder.setId("detailLadder");
        // A rung keeps the line for its ladder's name from the first frame until the name is
        // read, so the buttons below stay where they are when it arrives, under a pointer
        // about to click.
        ladder.textProperty().bind(Bindings.createStringBinding(() -> model.ladderProperty().get()
                == null ? "\u00a0" : Texts.format("detail.rungLadder", Wording.shortened(
                        model.ladderProperty().get().name(), 80)), model.ladderProperty()));
        ladder.visibleProperty().bind(model.ladderProperty().isNotNull());
        ladder.managedProperty().bind(exposure.plan().ladderId() == null
                ? ladder.visibleProperty()
                : ladder.visibleProperty().or(model.contextReadProperty().not()));
        ladder.setOnAction(event -> model.showLadder());
        Label climb = new Label();
        climb.setId("climb");
        climb.setWrapText(true);
        climb.getStyleClass().add("suggestion");
        climb.textProperty().bind(model.climbProperty());
        climb.visibleProperty().bind(model.climbProperty().isNotEmpty());
        climb.managedProperty().bind(climb.visibleProperty());

        VBox page = new VBox(title, status, ladder, actions(exposure), message, climb);
        if (model.withClinician()) {
            page.getChildren().add(ClinicianNote.label());
        }
        page.getChildren().add(PlanFacts.of(Texts.get("detail.plan"), exposure.plan()));
        Facts doing = doing(exposure.distress());
        if (doing.hasFacts()) {
            page.getChildren().add(doing);
        }
        if (exposure.reflection() != null) {
            page.getChildren().add(reflection(exposure.reflection()));
        }
        VBox series = new VBox();
        series.setId("series");
        model.series().addListener((ListChangeListener<Exposure>) change ->
                series.getChildren().setAll(seriesFacts(model.series(), exposure)));
        page.getChildren().addAll(series, new WorksheetPanel(model.worksheet(),
                Texts.get("detail.printWorksheet"),
                "exposureWorksheet"));
        page.getStyleClass().add("form");
        page.setId("detail");

        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("page");
        model.deletionProperty().addListener((observable, old, request) -> {
            if (request != null) {
                confirm(request);
            }
        });
    }

    private FlowPane actions(Exposure exposure) {
        FlowPane actions = new FlowPane();
        actions.getStyleClass().add("button-row");
        switch (exposure.status()) {
            case PLANNED -> actions.getChildren().addAll(
                    button(Texts.get("detail.did"), "didIt", true, model::didIt),
                    button(Texts.get("detail.changePlan"), "edit", false, model::edit),
                    button(Texts.get("detail.notNow"), "notNow", false, model::notNow),
                    button(Texts.get("detail.letGo"), "letGo", false, model::letGo));
            case DONE -> actions.getChildren().addAll(
                    button(exposure.hasReflection() ? Texts.get("detail.addReflection") : Texts.get("detail.reflect"), "reflect",
                            !exposure.hasReflection(), model::reflect),
                    button(Texts.get("detail.doAgain"), "doAgain", false, model::doAgain),
                    button(Texts.get("detail.changeRatings"), "didIt", false, model::didIt),
                    button(Texts.get("detail.changePlan"), "edit", false, model::edit));
            case NOT_NOW -> actions.getChildren().addAll(
                    button(Texts.get("detail.planAgain"), "planAgain", true, model::planAgain),
                    button(Texts.get("detail.didAfterAll"), "didIt", false, model::didIt),
                    button(Texts.get("detail.letGo"), "letGo", false, model::letGo));
            case LET_GO -> actions.getChildren().addAll(
                    button(Texts.get("detail.planAgain"), "planAgain", true, model::planAgain));
        }
        actions.getChildren().add(button(Texts.get("detail.delete"), "delete", false, model::askToDelete));
        Focus.disableWhile(actions, model.busyProperty());
        return actions;
    }

    private static Button button(String text, String id, boolean primary, Runnable action) {
        return primary ? Buttons.primary(text, id, action) : Buttons.of(text, id, action);
    }

    private static String statusLine(Exposure exposure) {
        return switch (exposure.status()) {
            case PLANNED -> exposure.plan().date() == null ? Texts.get("detail.plannedWheneverAreReady")
                    : Texts.format("detail.planned", Wording.when(exposure.plan()));
            case DONE -> Texts.format("detail.done", Wording.day(exposure.doneAt()));
            case NOT_NOW -> Texts.get("detail.setAsideNowWill");
            case LET_GO -> Texts.get("detail.letGoCanPlan");
        };
    }

    private static Facts doing(Distress distress) {
        return new Facts(Texts.get("detail.doing"))
                .add(Texts.get("detail.distressJustBefore"), Wording.suds(distress.before()))
                .add(Texts.get("detail.distressItsPeak"), Wording.suds(distress.peak()))
                .add(Texts.get("detail.distressAfterwards"), Wording.suds(distress.after()));
    }

    private static Facts reflection(Reflection reflection) {
        Facts facts = new Facts(Texts.get("detail.lookingBack"))
                .add(Texts.get("detail.actuallyHappened"), reflection.whatHappened())
                .add(Texts.get("detail.didFearedHappen"),
                        reflection.outcome() == null ? null : Words.of(reflection.outcome()))
                .add(Texts.get("detail.didFeel"), reflection.felt())
                .add(Texts.get("detail.wasWorseThanImagined"), reflection.worse())
                .add(Texts.get("detail.wasBetterThanImagined"), reflection.better())
                .add(Texts.get("detail.didLearn"), reflection.learned())
                .add(Texts.get("detail.howLikelySeemsNow"), Wording.percent(reflection.likelihoodAfter()));
        facts.setId("reflectionFacts");
        return facts;
    }

    private static Facts seriesFacts(List<Exposure> series, Exposure current) {
        Facts facts = new Facts(Texts.get("detail.repeatsMistake"));
        int at = -1;
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).id() == current.id()) {
                at = i;
            }
        }
        for (SeriesExcerpt.Line line : SeriesExcerpt.of(series.size(), at)) {
            if (line.isGap()) {
                facts.aside(Texts.format("detail.timesBetween", line.leftOut()));
                continue;
            }
            Exposure each = series.get(line.index());
            String when = each.isDone() ? Texts.format("detail.done2", Wording.day(each.doneAt()))
                    : Words.statusInLine(each.status());
            String likelihood = each.plan().likelihood() == null ? "" : Texts.format("detail.likelihood",
                    Wording.percent(each.plan().likelihood())) + (each.reflection() == null
                    || each.reflection().likelihoodAfter() == null ? ""
                    : " → " + Wording.percent(each.reflection().likelihoodAfter()));
            String distress = each.plan().expectedDistress() == null && each.distress().peak() == null
                    ? "" : Texts.format("detail.distressExpected",
                    orDash(Wording.suds(each.plan().expectedDistress())),
                    orDash(Wording.suds(each.distress().peak())));
            facts.add(Texts.format(each.id() == current.id() ? "detail.timeThisOne" : "detail.time",
                    line.index() + 1, when), String.join("; ", Stream.of(distress, likelihood)
                    .filter(s -> !s.isEmpty()).toList()) + ".");
        }
        return facts;
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "–" : text;
    }

    private void confirm(DeletionRequest request) {
        if (Confirmation.toRemove(this, Texts.get("detail.deleteExposure"), Texts.format("detail.delete2",
                Wording.shortened(request.exposure().plan().mistake(), 80)),
                request.consequence(), Texts.get("detail.delete3"))) {
            model.confirmDelete();
        } else {
            model.keep();
        }
    }
}
