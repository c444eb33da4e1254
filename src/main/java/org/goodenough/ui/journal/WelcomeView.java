package org.goodenough.ui.journal;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.goodenough.ui.common.SafetyNote;

/** What the page beside the lists shows when no exposure is open. */
final class WelcomeView extends VBox {

    /** The note on what this exercise is, shown here once, on first start. */
    private static VBox safetyNote(JournalViewModel model) {
        Label title = new Label("Before you start");
        title.getStyleClass().add("suggestion-title");
        Label text = new Label(SafetyNote.TEXT);
        text.setWrapText(true);
        Label later = new Label("This note stays under Help → About this exercise (F1).");
        later.getStyleClass().add("field-hint");
        later.setWrapText(true);
        Button read = new Button("Thanks, I have read this");
        read.setId("safetyNoteRead");
        read.setOnAction(event -> model.safetyNoteRead());
        VBox note = new VBox(title, text, later, read);
        note.getStyleClass().add("suggestion");
        note.setId("safetyNote");
        return note;
    }

    /** For a first exposure: a walk through it, step by step, which the person may ignore. */
    private static VBox guideOffer(JournalViewModel model) {
        Label text = new Label("New to this? The guide takes you through one exposure a step at"
                + " a time, with a few words on why each step matters.");
        text.setWrapText(true);
        text.getStyleClass().add("field-hint");
        Button guide = new Button("Walk me through my first one");
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
        Button plan = new Button("Plan a small mistake");
        plan.setId("welcomePlan");
        plan.getStyleClass().add("primary");
        plan.setOnAction(event -> model.newPlan());
        if (model.isDemo()) {
            title.setText("Robin's journal: a demo");
            text.setText("Robin is made up. For eight weeks Robin has planned small mistakes on"
                    + " two ladders: mistakes others can see at work, and messages that are not"
                    + " polished. Open an exposure in the lists to read a plan and what happened,"
                    + " look at Ladders and Insights, or walk through a new exposure step by"
                    + " step.");
        } else if (model.emptyProperty().get()) {
            title.setText("Welcome to your journal");
            text.setText("Here you plan small mistakes on purpose, make them, and notice what"
                    + " really happens. Start with something low-stakes: an email with one small"
                    + " typo, a draft shared before it feels finished. Only the mistake itself is"
                    + " needed; every other question can be skipped.");
        } else {
            title.setText("Good to see you");
            text.setText("Choose an exposure from the lists to read it back, or plan a new one.");
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
