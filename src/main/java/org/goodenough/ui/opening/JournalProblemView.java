package org.goodenough.ui.opening;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.goodenough.store.Backup;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.goodenough.ui.common.Texts;

/**
 * Shown when the journal cannot be opened: what happened, in plain words, and the ways on.
 * The file that failed is never touched again from here.
 */
public final class JournalProblemView extends VBox {

    private final FlowPane buttons;

    public JournalProblemView(String message, Consumer<Path> open, Runnable quit) {
        Label title = new Label(Texts.get("opening.journalCouldNotOpened"));
        title.getStyleClass().add("form-heading");
        Label text = new Label(message);
        text.setId("openingProblem");
        text.setWrapText(true);
        text.getStyleClass().add("form-note");

        FileChooser.ExtensionFilter journals =
                new FileChooser.ExtensionFilter(Texts.get("opening.goodEnoughJournals"), "*.db",
                        "*.sqlite");
        Button other = new Button(Texts.get("opening.openAnotherJournal"));
        other.setId("openOther");
        other.getStyleClass().add("primary");
        other.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("opening.openJournal"));
            chooser.getExtensionFilters().add(journals);
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                open.accept(chosen.toPath());
            }
        });
        Button fresh = new Button(Texts.get("opening.startNewJournal"));
        fresh.setId("newJournal");
        fresh.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("opening.startNewJournal2"));
            chooser.setInitialFileName("journal.db");
            chooser.getExtensionFilters().add(journals);
            File chosen = chooser.showSaveDialog(getScene().getWindow());
            if (chosen != null) {
                open.accept(chosen.toPath());
            }
        });
        Button close = new Button(Texts.get("opening.quit"));
        close.setId("quit");
        close.setOnAction(event -> quit.run());
        buttons = new FlowPane(other, fresh, close);
        buttons.getStyleClass().add("button-row");

        getChildren().addAll(title, text, buttons);
        getStyleClass().addAll("form", "opening-problem");
    }

    /** Offers to try opening the same journal again, once the other window has let it go. */
    public void offerRetry(Runnable retry) {
        Button again = new Button(Texts.get("opening.tryAgain"));
        again.setId("tryAgain");
        again.getStyleClass().add("primary");
        again.setOnAction(event -> retry.run());
        lead(again);
    }

    private void lead(Button button) {
        buttons.getChildren().forEach(node -> node.getStyleClass().remove("primary"));
        buttons.getChildren().add(0, button);
    }

    /**
     * Offers to put {@code backup}, the newest whole copy, in the damaged journal's place. The
     * damaged file is set aside in the backups folder, never deleted.
     */
    public void offerRestore(Backup backup, Consumer<Backup> restore) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Texts.locale())
                .format(backup.madeAt().atZone(ZoneId.systemDefault()));
        Label offer = new Label(Texts.format("opening.wholeCopyJournal", when));
        offer.setId("restoreOffer");
        offer.setWrapText(true);
        offer.getStyleClass().add("form-note");
        Button restoreIt = new Button(Texts.format("opening.restoreCopy", when));
        restoreIt.setId("restoreNewest");
        restoreIt.getStyleClass().add("primary");
        restoreIt.setOnAction(event -> restore.accept(backup));
        lead(restoreIt);
        getChildren().add(getChildren().indexOf(buttons), offer);
    }
}
