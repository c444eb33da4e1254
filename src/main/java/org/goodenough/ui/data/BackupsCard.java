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
import org.goodenough.ui.common.Confirmation;
import org.goodenough.ui.common.Focus;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;

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
        list.setPlaceholder(YourDataView.note(Texts.get("data.noCopiesYetFirst")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Backup backup, boolean empty) {
                super.updateItem(backup, empty);
                setText(empty || backup == null ? null : describe(backup));
            }
        });
        model.chosenProperty().bind(list.getSelectionModel().selectedItemProperty());

        Button now = Buttons.of(Texts.get("data.backUpNow"), "backUpNow", model::backUpNow);
        Focus.disableWhile(now, busy);
        Button restore = Buttons.of(Texts.get("data.restoreCopy"), "restoreBackup", () -> {
            Backup chosen = model.chosenProperty().get();
            if (chosen != null && Confirmation.toRemove(list, Texts.get("data.restoreCopy2"),
                    Texts.format("data.goBackCopy", when(chosen)),
                    Texts.format("data.journalNowKeptFirst", when(chosen)), Texts.get("data.restore"))) {
                model.restoreChosen();
            }
        });
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(busy));
        FlowPane buttons = new FlowPane(now, restore);
        buttons.getStyleClass().add("button-row");

        return YourDataView.card(Texts.get("data.backups"),
                Texts.format("data.copyJournalMadeFirst", model.folder()), list,
                buttons);
    }

    static String describe(Backup backup) {
        return when(backup) + " · " + kind(backup.kind()) + " · " + size(backup.bytes());
    }

    private static String when(Backup backup) {
        return WHEN.withLocale(Texts.locale()).format(backup.madeAt().atZone(ZoneId.systemDefault()));
    }

    private static String kind(BackupKind kind) {
        return switch (kind) {
            case DAILY -> Texts.get("data.madeOpening");
            case MANUAL -> Texts.get("data.made");
            case BEFORE_MIGRATION -> Texts.get("data.beforeUpdate");
            case BEFORE_RESTORE -> Texts.get("data.beforeRestore");
            case DAMAGED -> Texts.get("data.damagedJournalSetAside");
        };
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? Texts.format("data.dKb", Wording.count(Math.max(1, bytes / 1024)))
                : Texts.format("data.1fMb", Wording.decimal(bytes / (1024.0 * 1024)));
    }
}
