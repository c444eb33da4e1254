package org.goodenough.ui.journal;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;
import org.goodenough.ui.theme.Icons;
import org.kordamp.ikonli.javafx.FontIcon;

/** One exposure in a list: the mistake, and a quiet line saying when and what kind. */
final class ExposureCell extends ListCell<Exposure> {

    private final Label mistake = new Label();
    private final Label line = new Label();
    private final FontIcon status = Icons.of(Icons.status(ExposureStatus.PLANNED));
    private final VBox box = new VBox(mistake, line);

    ExposureCell() {
        mistake.getStyleClass().add("cell-title");
        line.getStyleClass().add("cell-line");
        box.getStyleClass().add("exposure-cell");
        mistake.setWrapText(false);
        line.setGraphic(status);
        setPrefWidth(0);
    }

    /**
     * Whether the cell must be drawn again: for any exposure other than the one it shows. A
     * record's own equals compares every field, the plan's and the reflection's texts too, and
     * its first use sets up the JVM's code for all of them, which took a share of the first
     * frame; an exposure read again is simply drawn again.
     */
    @Override
    protected boolean isItemChanged(Exposure shown, Exposure now) {
        return shown != now;
    }

    @Override
    protected void updateItem(Exposure exposure, boolean empty) {
        super.updateItem(exposure, empty);
        if (empty || exposure == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        mistake.setText(Wording.shortened(exposure.plan().mistake(), 140));
        String details = Wording.listLine(exposure);
        if (exposure.status() == ExposureStatus.DONE && exposure.hasReflection()) {
            details += Texts.get("journal.reflected");
        }
        line.setText(details);
        status.setIconCode(Icons.status(exposure.status()));
        setAccessibleText(exposure.plan().mistake() + ". " + details);
        setGraphic(box);
    }
}
