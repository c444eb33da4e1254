package org.goodenough.ui.data;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.goodenough.planner.JournalBackups;
import org.goodenough.planner.JournalSession;
import org.goodenough.store.Backup;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.common.Texts;

/** The journal's backups as a list to choose from, with "back up now" and "restore". */
public final class JournalBackupsModel {

    private final JournalBackups backups;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final Consumer<String> say;
    private final Consumer<Exception> fail;
    private final ObservableList<Backup> list = FXCollections.observableArrayList();
    private final ObjectProperty<Backup> chosen = new SimpleObjectProperty<>();

    JournalBackupsModel(JournalSession session, TaskRunner tasks, Navigator navigator,
            Consumer<String> say, Consumer<Exception> fail) {
        this.backups = session.backups();
        this.tasks = tasks;
        this.navigator = navigator;
        this.say = say;
        this.fail = fail;
    }

    void read() {
        tasks.run(backups::list, list::setAll, fail::accept);
    }

    public void backUpNow() {
        tasks.run(backups::backUpNow, made -> {
            say.accept(Texts.format("data.copyWasMade", made.file().getFileName()));
            read();
        }, fail::accept);
    }

    /** Restores the chosen backup; the person has confirmed it. */
    public void restoreChosen() {
        Backup backup = chosen.get();
        if (backup != null) {
            navigator.restore(backup);
        }
    }

    public ObservableList<Backup> list() {
        return list;
    }

    public ObjectProperty<Backup> chosenProperty() {
        return chosen;
    }

    public String folder() {
        return backups.folder().toString();
    }
}
