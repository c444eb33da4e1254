package org.goodenough.ui.detail;

import java.util.Locale;
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
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.PlanFacts;
import org.goodenough.ui.common.Wording;
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
        Label message = Messages.bound(model.messageProperty(), "form-message");

        Hyperlink ladder = new Hyperlink();
        ladder.setId("detailLadder");
        ladder.textProperty().bind(Bindings.createStringBinding(() -> model.ladderProperty().get()
                == null ? "" : "A rung of the ladder “" + Wording.shortened(
                        model.ladderProperty().get().name(), 80) + "”", model.ladderProperty()));
        ladder.visibleProperty().bind(model.ladderProperty().isNotNull());
        ladder.managedProperty().bind(ladder.visibleProperty());
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
        page.getChildren().add(PlanFacts.of("The plan", exposure.plan()));
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
        page.getChildren().addAll(series, new WorksheetPanel(model.worksheet(), "Print worksheet…",
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
                    button("I did it", "didIt", true, model::didIt),
                    button("Change the plan", "edit", false, model::edit),
                    button("Not now", "notNow", false, model::notNow),
                    button("Let it go", "letGo", false, model::letGo));
            case DONE -> actions.getChildren().addAll(
                    button(exposure.hasReflection() ? "Add to the reflection" : "Reflect", "reflect",
                            !exposure.hasReflection(), model::reflect),
                    button("Do it again", "doAgain", false, model::doAgain),
                    button("Change ratings", "didIt", false, model::didIt),
                    button("Change the plan", "edit", false, model::edit));
            case NOT_NOW -> actions.getChildren().addAll(
                    button("Plan it again", "planAgain", true, model::planAgain),
                    button("I did it after all", "didIt", false, model::didIt),
                    button("Let it go", "letGo", false, model::letGo));
            case LET_GO -> actions.getChildren().addAll(
                    button("Plan it again", "planAgain", true, model::planAgain));
        }
        actions.getChildren().add(button("Delete…", "delete", false, model::askToDelete));
        actions.disableProperty().bind(model.busyProperty());
        return actions;
    }

    private static Button button(String text, String id, boolean primary, Runnable action) {
        return primary ? Buttons.primary(text, id, action) : Buttons.of(text, id, action);
    }

    private static String statusLine(Exposure exposure) {
        return switch (exposure.status()) {
            case PLANNED -> exposure.plan().date() == null ? "Planned, for whenever you are ready."
                    : "Planned for " + Wording.when(exposure.plan()) + ".";
            case DONE -> "Done on " + Wording.day(exposure.doneAt()) + ".";
            case NOT_NOW -> "Set aside for now. It will be here whenever you want it.";
            case LET_GO -> "Let go. You can plan it again at any time.";
        };
    }

    private static Facts doing(Distress distress) {
        return new Facts("Doing it")
                .add("Distress just before", Wording.suds(distress.before()))
                .add("Distress at its peak", Wording.suds(distress.peak()))
                .add("Distress afterwards", Wording.suds(distress.after()));
    }

    private static Facts reflection(Reflection reflection) {
        Facts facts = new Facts("Looking back")
                .add("What actually happened", reflection.whatHappened())
                .add("Did what I feared happen?",
                        reflection.outcome() == null ? null : reflection.outcome().label())
                .add("What did I feel?", reflection.felt())
                .add("What was worse than I imagined?", reflection.worse())
                .add("What was better than I imagined?", reflection.better())
                .add("What did I learn?", reflection.learned())
                .add("How likely it seems now", Wording.percent(reflection.likelihoodAfter()));
        facts.setId("reflectionFacts");
        return facts;
    }

    private static Facts seriesFacts(Iterable<Exposure> series, Exposure current) {
        Facts facts = new Facts("Repeats of this mistake");
        int number = 1;
        for (Exposure each : series) {
            String when = each.isDone() ? "done " + Wording.day(each.doneAt())
                    : each.status().label().toLowerCase(Locale.ROOT);
            String likelihood = each.plan().likelihood() == null ? "" : "likelihood "
                    + Wording.percent(each.plan().likelihood()) + (each.reflection() == null
                    || each.reflection().likelihoodAfter() == null ? ""
                    : " → " + Wording.percent(each.reflection().likelihoodAfter()));
            String distress = each.plan().expectedDistress() == null && each.distress().peak() == null
                    ? "" : "distress expected " + orDash(Wording.suds(each.plan().expectedDistress()))
                    + ", peak " + orDash(Wording.suds(each.distress().peak()));
            facts.add("Time " + number + (each.id() == current.id() ? " (this one)" : "") + ", "
                    + when, String.join("; ", Stream.of(distress, likelihood)
                    .filter(s -> !s.isEmpty()).toList()) + ".");
            number++;
        }
        return facts;
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "–" : text;
    }

    private void confirm(DeletionRequest request) {
        if (Confirmation.toRemove(this, "Delete this exposure?", "Delete “"
                + Wording.shortened(request.exposure().plan().mistake(), 80) + "”?",
                request.consequence(), "Delete")) {
            model.confirmDelete();
        } else {
            model.keep();
        }
    }
}
