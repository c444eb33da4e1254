package org.goodenough.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A progress bar with a Cancel button, shown only while its long work runs. */
public final class ProgressRow {

    private ProgressRow() {
    }

    public static HBox of(LongWork work, String barId, String cancelId) {
        ProgressBar bar = new ProgressBar();
        bar.setId(barId);
        bar.progressProperty().bind(work.doneProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = Buttons.of(Texts.get("common.cancel"), cancelId, work::cancel);
        HBox row = new HBox(bar, cancel);
        row.getStyleClass().add("button-row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(work.runningProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }
}
