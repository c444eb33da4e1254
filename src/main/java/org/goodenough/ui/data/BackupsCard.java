package org.goodenough.ui.data;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.goodenough.store.Backup;
import org.goodenough.store.BackupKind;
import org.goodenough.ui.common.Buttons;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Confirmation;

/** The backups of the journal, newest first, with "Back up now" and "Restore this copy". */
final class BackupsCard {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private BackupsCard() {
    }

    static VBox of(JournalBackupsModel model, ObservableBooleanValue busy) {
        ListView<Backup> list = new ListView<>(model.list());
        list.setId("backups");
        list.getStyleClass().add("backup-list");
        list.setAccessibleText(Texts.get("accessibility.backups"));
        list.setAccessibleHelp(Texts.get("accessibility.backups.help"));
        list.setPlaceholder(YourDataView.note("No copies yet. The first is made the next time the"
                + " journal opens, or now with “Back up now”."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Backup backup, boolean empty) {
                super.updateItem(backup, empty);
                setText(empty || backup == null ? null : describe(backup));
            }
        });
        model.chosenProperty().bind(list.getSelectionModel().selectedItemProperty());

        Button now = Buttons.of("Back up now", "backUpNow", model::backUpNow);
        now.disableProperty().bind(busy);
        Button restore = Buttons.of("Restore this copy…", "restoreBackup", () -> {
            Backup chosen = model.chosenProperty().get();
            if (chosen != null && Confirmation.toRemove(list, "Restore a copy",
                    "Go back to the copy from " + when(chosen) + "?",
                    "Your journal as it is now is kept first, as a copy of its own in the same"
                            + " folder, so nothing is lost. Then the journal opens as it was"
                            + " at " + when(chosen) + ".", "Restore it")) {
                model.restoreChosen();
            }
        });
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(busy));
        FlowPane buttons = new FlowPane(now, restore);
        buttons.getStyleClass().add("button-row");

        return YourDataView.card("Backups", "A copy of your journal is made the first time it"
                + " opens each day, and before every update of Good Enough that changes it. The"
                + " last 7 days and the last 4 weeks are kept, in " + model.folder() + ".", list,
                buttons);
    }

    static String describe(Backup backup) {
        return when(backup) + " · " + kind(backup.kind()) + " · " + size(backup.bytes());
    }

    private static String when(Backup backup) {
        return WHEN.format(backup.madeAt().atZone(ZoneId.systemDefault()));
    }

    private static String kind(BackupKind kind) {
        return switch (kind) {
            case DAILY -> "made on opening";
            case MANUAL -> "made by you";
            case BEFORE_MIGRATION -> "before an update";
            case BEFORE_RESTORE -> "before a restore";
            case DAMAGED -> "a damaged journal, set aside";
        };
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format("%,d KB", Math.max(1, bytes / 1024))
                : String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
