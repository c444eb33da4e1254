package org.goodenough.ui.worksheet;

import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.goodenough.exchange.worksheet.PaperSize;
import org.goodenough.ui.common.Buttons;
import org.goodenough.ui.common.Focus;
import org.goodenough.ui.common.Inputs;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.ProgressRow;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Words;

/**
 * A button that saves a worksheet as a PDF to print, beside the paper to print it on; while it
 * is written, a progress bar with Cancel, and afterwards where it went.
 */
public final class WorksheetPanel extends VBox {

    private final WorksheetModel model;

    /** @param id the panel's id; its button's id is the same with "Button" after it */
    public WorksheetPanel(WorksheetModel model, String text, String id) {
        this.model = model;
        setId(id);
        Button print = Buttons.of(text, id + "Button", () -> choose(getScene().getWindow(), model));
        print.setAccessibleHelp(Texts.get("worksheet.saveWorksheetPdfFile"));
        Focus.disableWhile(print, model.work().runningProperty());
        var paper = Inputs.oneOf(id + "Paper", PaperSize.values(), model.paperProperty(),
                Words::of);
        paper.setAccessibleText(Texts.get("worksheet.paper"));
        FlowPane row = new FlowPane(print, paper);
        row.getStyleClass().add("button-row");
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, ProgressRow.of(model.work(), id + "Progress", id + "Cancel"), Messages.bound(model.messageProperty(), "form-note"),
                Messages.bound(model.problemProperty(), "form-message"));
    }

    /** The worksheet's state, for tools and tests that choose files without the system's dialog. */
    public WorksheetModel model() {
        return model;
    }

    /** Asks where to save the worksheet, then writes it there. */
    public static void choose(Window owner, WorksheetModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("worksheet.saveWorksheet"));
        chooser.setInitialFileName(model.suggestedName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("worksheet.pdfDocuments"), "*.pdf"));
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            model.print(chosen.toPath());
        }
    }
}
