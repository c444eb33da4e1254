package org.goodenough.ui.opening;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Shown when the journal cannot be opened: what happened, in plain words, and the ways on.
 * The file that failed is never touched again from here.
 */
public final class JournalProblemView extends VBox {

    public JournalProblemView(String message, Consumer<Path> open, Runnable quit) {
        Label title = new Label("The journal could not be opened");
        title.getStyleClass().add("form-heading");
        Label text = new Label(message);
        text.setId("openingProblem");
        text.setWrapText(true);
        text.getStyleClass().add("form-note");

        FileChooser.ExtensionFilter journals =
                new FileChooser.ExtensionFilter("Good Enough journals", "*.db", "*.sqlite");
        Button other = new Button("Open another journal…");
        other.setId("openOther");
        other.getStyleClass().add("primary");
        other.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a journal");
            chooser.getExtensionFilters().add(journals);
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                open.accept(chosen.toPath());
            }
        });
        Button fresh = new Button("Start a new journal…");
        fresh.setId("newJournal");
        fresh.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Start a new journal");
            chooser.setInitialFileName("journal.db");
            chooser.getExtensionFilters().add(journals);
            File chosen = chooser.showSaveDialog(getScene().getWindow());
            if (chosen != null) {
                open.accept(chosen.toPath());
            }
        });
        Button close = new Button("Quit");
        close.setId("quit");
        close.setOnAction(event -> quit.run());
        FlowPane buttons = new FlowPane(other, fresh, close);
        buttons.getStyleClass().add("button-row");

        getChildren().addAll(title, text, buttons);
        getStyleClass().addAll("form", "opening-problem");
    }
}
