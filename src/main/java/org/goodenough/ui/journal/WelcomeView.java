package org.goodenough.ui.journal;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.goodenough.ui.common.SafetyNote;
import org.goodenough.ui.common.Texts;

/** What the page beside the lists shows when no exposure is open. */
final class WelcomeView extends VBox {

    /** The note on what this exercise is, shown here once, on first start. */
    private static VBox safetyNote(JournalViewModel model) {
        Label title = new Label(Texts.get("journal.beforeStart"));
        title.getStyleClass().add("suggestion-title");
        Label text = new Label(SafetyNote.text());
        text.setWrapText(true);
        Label later = new Label(Texts.get("journal.noteStaysUnderHelp"));
        later.getStyleClass().add("field-hint");
        later.setWrapText(true);
        Button read = new Button(Texts.get("journal.thanksHaveRead"));
        read.setId("safetyNoteRead");
        read.setOnAction(event -> model.safetyNoteRead());
        VBox note = new VBox(title, text, later, read);
        note.getStyleClass().add("suggestion");
        note.setId("safetyNote");
        return note;
    }

    /** For a first exposure: a walk through it, step by step, which the person may ignore. */
    private static VBox guideOffer(JournalViewModel model) {
        Label text = new Label(Texts.get("journal.newGuideTakesThrough"));
        text.setWrapText(true);
        text.getStyleClass().add("field-hint");
        Button guide = new Button(Texts.get("journal.walkMeThroughFirst"));
        guide.setId("welcomeGuide");
        guide.setOnAction(event -> model.showGuide());
        VBox offer = new VBox(text, guide);
        offer.getStyleClass().add("field");
        return offer;
    }

    WelcomeView(JournalViewModel model) {
        Label title = new Label();
        title.getStyleClass().add("form-heading");
        title.setWrapText(true);
        Label text = new Label();
        text.getStyleClass().add("form-note");
        text.setWrapText(true);
        Button plan = new Button(Texts.get("journal.planSmallMistake"));
        plan.setId("welcomePlan");
        plan.getStyleClass().add("primary");
        plan.setOnAction(event -> model.newPlan());
        if (model.isDemo()) {
            title.setText(Texts.get("journal.robinJournalDemo"));
            text.setText(Texts.get("journal.robinMadeUpEight"));
        } else if (model.emptyProperty().get()) {
            title.setText(Texts.get("journal.welcomeJournal"));
            text.setText(Texts.get("journal.herePlanSmallMistakes"));
        } else {
            title.setText(Texts.get("journal.goodSee"));
            text.setText(Texts.get("journal.chooseExposureListsRead"));
        }
        getChildren().addAll(title, text, plan);
        if (model.emptyProperty().get()) {
            getChildren().add(guideOffer(model));
        }
        if (model.safetyNoteDueProperty().get()) {
            getChildren().add(0, safetyNote(model));
        }
        // Start the keyboard on the page's first step, not on the toolbar.
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                (model.safetyNoteDueProperty().get() ? lookup("#safetyNoteRead") : plan)
                        .requestFocus();
            }
        });
        getStyleClass().addAll("form", "welcome");
        setId("welcome");
    }
}
