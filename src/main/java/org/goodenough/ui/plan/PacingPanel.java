package org.goodenough.ui.plan;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.goodenough.planner.PacingAdvice;
import org.goodenough.ui.common.Buttons;
import org.goodenough.ui.common.Scrolling;
import org.goodenough.ui.common.Texts;

/** The gentle suggestion of a smaller step, shown once in the plan form or the guide, and easy to put away. */
public final class PacingPanel extends VBox {

    public PacingPanel(PacingChoices model) {
        setId("pacing");
        getStyleClass().add("suggestion");
        visibleProperty().bind(model.adviceProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        model.adviceProperty().addListener((observable, old, advice) -> show(model, advice));
    }

    private void show(PacingChoices model, PacingAdvice advice) {
        getChildren().clear();
        if (advice == null) {
            return;
        }
        Label title = new Label(Texts.get("plan.smallerStepFirst"));
        title.getStyleClass().add("suggestion-title");
        Label reason = new Label(advice.reason());
        reason.setWrapText(true);
        reason.setId("pacingReason");
        getChildren().addAll(title, reason);
        if (!advice.steps().isEmpty()) {
            VBox steps = new VBox();
            steps.getStyleClass().add("suggestion-steps");
            for (PacingAdvice.SmallerStep step : advice.steps()) {
                Hyperlink link = new Hyperlink(step.text());
                link.setWrapText(true);
                link.getStyleClass().add("suggested-step");
                link.setOnAction(event -> model.take(step));
                steps.getChildren().add(link);
            }
            Label keeps = new Label(Texts.get("plan.choosingSmallerStepKeeps"));
            keeps.setWrapText(true);
            keeps.getStyleClass().add("field-hint");
            getChildren().addAll(steps, keeps);
        }
        Button keep = Buttons.of(Texts.get("plan.savePlan"), "keepPlan", model::keepPlan);
        Button hide = Buttons.of(Texts.get("plan.putAway"), "hideAdvice", model::dismissAdvice);
        Hyperlink never = new Hyperlink(Texts.get("plan.donSuggestSmallerSteps"));
        never.setId("stopPacing");
        never.setOnAction(event -> model.stopSuggestingSmallerSteps());
        FlowPane actions = new FlowPane(keep, hide, never);
        actions.getStyleClass().add("button-row");
        getChildren().add(actions);
        // Shown beside the Save button the person just pressed; bring it into view.
        Platform.runLater(() -> {
            if (getScene() == null) {
                return;
            }
            // Lay the new panel out first, so it is scrolled to where it really is.
            getScene().getRoot().applyCss();
            getScene().getRoot().layout();
            keep.requestFocus();
            Scrolling.reveal(this);
        });
    }
}
