package org.goodenough.ui.data;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Progress;
import org.goodenough.exchange.ExportFormat;
import org.goodenough.exchange.ImportPreview;
import org.goodenough.planner.JournalSession;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.LadderFilter;
import org.goodenough.ui.common.LongWork;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.Refreshable;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.worksheet.WorksheetModel;

/**
 * The "Your data" page: export the journal or one ladder, import an export after seeing what
 * it would add, and the journal's backups. Long work shows its progress and can be cancelled.
 */
public final class YourDataViewModel implements Refreshable {

    private final JournalSession session;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final Clock clock;
    private final LongWork work;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.JSON);
    private final LadderFilter ladder = new LadderFilter();
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final JournalBackupsModel backups;
    private final WorksheetModel blankWorksheet;

    public YourDataViewModel(JournalSession session, TaskRunner tasks, Navigator navigator,
            Executor fxThread, Clock clock) {
        this.session = session;
        this.tasks = tasks;
        this.navigator = navigator;
        this.clock = clock;
        this.work = new LongWork(fxThread);
        this.backups = new JournalBackupsModel(session, tasks, navigator, this::say, this::fail);
        this.blankWorksheet = WorksheetModel.blank(session, tasks, fxThread, clock);
        refresh();
    }

    @Override
    public void refresh() {
        ladder.read(session.ladders(), tasks, this::fail);
        backups.read();
    }

    /** A file name for the export, such as "Good Enough journal 2026-11-23.json". */
    public String suggestedName() {
        String what = ladder.chosenProperty().get() == null ? Texts.get("data.goodEnoughJournal")
                : Texts.format("data.goodEnoughLadder", ladder.chosenProperty().get().name()
                        .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip());
        return what + " " + LocalDate.now(clock) + "." + format.get().extension();
    }

    /** Writes the chosen export to {@code target}. */
    public void export(Path target) {
        if (work.runningProperty().get()) {
            return;
        }
        ExportFormat chosen = format.get();
        Long ladderId = ladder.chosenId();
        Progress progress = begin(Texts.get("data.exporting"));
        tasks.run(() -> {
            session.export().export(chosen, ladderId, target, progress);
            return target;
        }, done -> {
            work.end();
            say(Texts.format("data.exported", done));
        }, failure -> ended(failure, Texts.get("data.exportWasStoppedNo")));
    }

    /** Reads and checks an export, then waits for the person to confirm the import. */
    public void prepareImport(Path file) {
        if (work.runningProperty().get()) {
            return;
        }
        preview.set(null);
        Progress progress = begin(Texts.format("data.reading", file.getFileName()));
        tasks.run(() -> session.importer().prepare(file, progress), read -> {
            work.end();
            // A file that adds nothing is not kept: there is nothing to confirm, and every
            // record it holds (some 125 MB for 100,000 exposures) would stay in memory.
            preview.set(read.addsAnything() ? read : null);
            say(ImportWords.summary(read));
        }, failure -> ended(failure, Texts.get("data.readingFileWasStopped")));
    }

    /** Imports the export read last, all of it in one step. */
    public void importNow() {
        ImportPreview read = preview.get();
        if (read == null || work.runningProperty().get()) {
            return;
        }
        Progress progress = begin(Texts.get("data.importing"));
        tasks.run(() -> session.importer().apply(read, progress), count -> {
            work.end();
            preview.set(null);
            say(ImportWords.imported(count));
            refresh();
            navigator.journalChanged();
        }, failure -> ended(failure, Texts.get("data.importWasStoppedJournal")));
    }

    /** Leaves the export read last without importing it. */
    public void dropImport() {
        preview.set(null);
        say(Texts.get("data.nothingWasImported"));
    }

    public void cancel() {
        work.cancel();
    }

    private Progress begin(String doing) {
        problem.set("");
        message.set(doing);
        return work.begin();
    }

    private void ended(Exception failure, String cancelled) {
        work.end();
        if (LongWork.isCancel(failure)) {
            say(cancelled);
        } else {
            fail(failure);
        }
    }

    private void say(String text) {
        problem.set("");
        message.set(text);
    }

    private void fail(Exception failure) {
        message.set("");
        problem.set(Failures.describe(failure));
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObservableList<Ladder> ladders() {
        return ladder.ladders();
    }

    /** The ladder to export, or {@code null} for the whole journal. */
    public ObjectProperty<Ladder> ladderProperty() {
        return ladder.chosenProperty();
    }

    /** The export read and waiting to be imported, or {@code null}. */
    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public LongWork work() {
        return work;
    }

    /** A blank worksheet to print and fill in by hand. */
    public WorksheetModel blankWorksheet() {
        return blankWorksheet;
    }

    public JournalBackupsModel backups() {
        return backups;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
