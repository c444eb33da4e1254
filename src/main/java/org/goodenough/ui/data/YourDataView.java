package org.goodenough.ui.data;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.goodenough.exchange.ExportFormat;
import org.goodenough.ui.common.Buttons;
import org.goodenough.ui.common.Inputs;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.ProgressRow;
import org.goodenough.ui.common.Wording;
import org.goodenough.ui.worksheet.WorksheetPanel;

/**
 * "Your data": export, import and backups, each in its own card, with one progress bar and a
 * Cancel button for whatever long work is running.
 */
public final class YourDataView extends ScrollPane {

    private final YourDataViewModel model;

    public YourDataView(YourDataViewModel model) {
        this.model = model;
        Label heading = new Label("Your data");
        heading.getStyleClass().add("form-heading");
        Label note = note("Your journal is yours. Take it out as a file, bring an export back in,"
                + " or go back to an earlier copy. Nothing here leaves this computer unless you"
                + " move the file yourself.");

        VBox page = new VBox(heading, note,
                ProgressRow.of(model.work(), "workProgress", "cancelWork"), Messages.bound(model.messageProperty(),
                "form-note"), Messages.bound(model.problemProperty(), "form-message"), exportCard(),
                importCard(), worksheetCard(), BackupsCard.of(model.backups(), model.work().runningProperty()));
        page.getStyleClass().add("form");
        page.setId("dataPage");
        setContent(page);
        setFitToWidth(true);
    }

    private VBox exportCard() {
        var format = Inputs.oneOf("exportFormat", ExportFormat.values(), model.formatProperty(),
                ExportFormat::label);
        format.setAccessibleText("Format");
        var ladder = Inputs.choice("exportLadder", model.ladders(), model.ladderProperty(),
                each -> "The ladder " + Wording.shortened(each.name(), 40), "The whole journal");
        ladder.setAccessibleText("What to export");
        Button export = Buttons.primary("Export…", "export", this::chooseExportFile);
        export.disableProperty().bind(model.work().runningProperty());
        FlowPane row = new FlowPane(ladder, format, export);
        row.getStyleClass().add("button-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return card("Export", "JSON keeps everything and can be imported again, here or on"
                + " another computer. CSV opens in a spreadsheet, one row per exposure. Markdown is"
                + " a journal to read or print.", row);
    }

    private VBox importCard() {
        Button choose = Buttons.of("Import an export…", "chooseImport", this::chooseImportFile);
        choose.disableProperty().bind(model.work().runningProperty());
        Button confirm = Buttons.primary("Import it", "importNow", model::importNow);
        Button drop = Buttons.of("Don't import", "dropImport", model::dropImport);
        FlowPane decide = new FlowPane(confirm, drop);
        decide.getStyleClass().add("button-row");
        decide.visibleProperty().bind(model.previewProperty().isNotNull()
                .and(model.work().runningProperty().not()));
        decide.managedProperty().bind(decide.visibleProperty());
        confirm.disableProperty().bind(Bindings.createBooleanBinding(() -> model.previewProperty()
                .get() == null || !model.previewProperty().get().addsAnything(),
                model.previewProperty()));
        return card("Import", "Bring in a JSON export. The whole file is checked first, and you"
                + " see what it would add before anything changes. What your journal holds already"
                + " stays as it is, so importing a file twice adds nothing twice.", choose, decide);
    }

    private VBox worksheetCard() {
        return card("Worksheets", "A blank worksheet to fill in by hand: the plan, the ratings to"
                + " mark and the four questions to look back with. An exposure or a ladder prints"
                + " from its own page.", new WorksheetPanel(model.blankWorksheet(),
                        "Print a blank worksheet…", "blankWorksheet"));
    }

    /** The page's state, for tools and tests that choose files without the system's dialog. */
    public YourDataViewModel model() {
        return model;
    }

    private void chooseExportFile() {
        ExportFormat format = model.formatProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export to");
        chooser.setInitialFileName(model.suggestedName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(),
                "*." + format.extension()));
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen != null) {
            model.export(chosen.toPath());
        }
    }

    private void chooseImportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import an export");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Good Enough exports (JSON)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            model.prepareImport(chosen.toPath());
        }
    }

    static VBox card(String title, String text, Region... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-heading");
        VBox card = new VBox(heading, note(text));
        card.getChildren().addAll(content);
        card.getStyleClass().add("data-card");
        return card;
    }

    static Label note(String text) {
        Label note = new Label(text);
        note.getStyleClass().add("form-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        return note;
    }
}
