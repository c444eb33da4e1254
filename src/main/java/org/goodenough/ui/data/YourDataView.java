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
import org.goodenough.ui.common.Focus;
import org.goodenough.ui.common.Inputs;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.ProgressRow;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;
import org.goodenough.ui.common.Words;
import org.goodenough.ui.worksheet.WorksheetPanel;

/**
 * "Your data": export, import and backups, each in its own card, with one progress bar and a
 * Cancel button for whatever long work is running.
 */
public final class YourDataView extends ScrollPane {

    private final YourDataViewModel model;

    public YourDataView(YourDataViewModel model) {
        this.model = model;
        Label heading = new Label(Texts.get("data.data"));
        heading.getStyleClass().add("form-heading");
        Label note = note(Texts.get("data.journalYoursTakeOut"));

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
                Words::of);
        format.setAccessibleText(Texts.get("data.format"));
        var ladder = Inputs.choice("exportLadder", model.ladders(), model.ladderProperty(),
                each -> Texts.format("data.ladder", Wording.shortened(each.name(), 40)),
                        Texts.get("data.wholeJournal"));
        ladder.setAccessibleText(Texts.get("data.export"));
        Button export = Buttons.primary(Texts.get("data.export2"), "export", this::chooseExportFile);
        Focus.disableWhile(export, model.work().runningProperty());
        FlowPane row = new FlowPane(ladder, format, export);
        row.getStyleClass().add("button-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return card(Texts.get("data.export3"), Texts.get("data.jsonKeepsEverythingCan"), row);
    }

    private VBox importCard() {
        Button choose = Buttons.of(Texts.get("data.importExport"), "chooseImport", this::chooseImportFile);
        Focus.disableWhile(choose, model.work().runningProperty());
        Button confirm = Buttons.primary(Texts.get("data.import"), "importNow", model::importNow);
        Button drop = Buttons.of(Texts.get("data.donImport"), "dropImport", model::dropImport);
        FlowPane decide = new FlowPane(confirm, drop);
        decide.getStyleClass().add("button-row");
        decide.visibleProperty().bind(model.previewProperty().isNotNull()
                .and(model.work().runningProperty().not()));
        decide.managedProperty().bind(decide.visibleProperty());
        Focus.keepWhenHidden(decide, choose);
        confirm.disableProperty().bind(Bindings.createBooleanBinding(() -> model.previewProperty()
                .get() == null || !model.previewProperty().get().addsAnything(),
                model.previewProperty()));
        return card(Texts.get("data.import2"), Texts.get("data.bringJsonExportWhole"), choose, decide);
    }

    private VBox worksheetCard() {
        return card(Texts.get("data.worksheets"), Texts.get("data.blankWorksheetFillHand"),
                new WorksheetPanel(model.blankWorksheet(),
                        Texts.get("data.printBlankWorksheet"), "blankWorksheet"));
    }

    /** The page's state, for tools and tests that choose files without the system's dialog. */
    public YourDataViewModel model() {
        return model;
    }

    private void chooseExportFile() {
        ExportFormat format = model.formatProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("data.export4"));
        chooser.setInitialFileName(model.suggestedName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Words.of(format),
                "*." + format.extension()));
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen != null) {
            model.export(chosen.toPath());
        }
    }

    private void chooseImportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("data.importExport2"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.get("data.goodEnoughExportsJson"), "*.json"),
                new FileChooser.ExtensionFilter(Texts.get("data.allFiles"), "*"));
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
