package org.goodenough.ui.worksheet;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.goodenough.domain.Progress;
import org.goodenough.exchange.worksheet.PaperSize;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.WorksheetPrinting;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.LongWork;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.common.Texts;

/**
 * Printing one worksheet to a PDF file: the paper (the one chosen last, or the usual one where
 * the person is), a name to suggest, the work with its progress and cancel, and what came of it.
 */
public final class WorksheetModel {

    /** What is printed: a blank worksheet, one exposure or one ladder. */
    private interface Sheet {
        void print(WorksheetPrinting printing, PaperSize paper, Path target, Progress progress);
    }

    private final WorksheetPrinting printing;
    private final TaskRunner tasks;
    private final Clock clock;
    private final String name;
    private final Sheet sheet;
    private final LongWork work;
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(PaperSize.A4);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private WorksheetModel(JournalSession session, TaskRunner tasks, Executor fxThread,
            Clock clock, String name, Sheet sheet) {
        this.printing = session.worksheets();
        this.tasks = tasks;
        this.clock = clock;
        this.name = name;
        this.sheet = sheet;
        this.work = new LongWork(fxThread);
        tasks.run(printing::paper, paper::set, failure -> problem.set(Failures.describe(failure)));
    }

    /** A worksheet with every question and room to write by hand. */
    public static WorksheetModel blank(JournalSession session, TaskRunner tasks, Executor fxThread,
            Clock clock) {
        return new WorksheetModel(session, tasks, fxThread, clock, "blank-worksheet",
                WorksheetPrinting::blank);
    }

    /** One exposure with everything it holds. */
    public static WorksheetModel exposure(JournalSession session, TaskRunner tasks,
            Executor fxThread, Clock clock, long exposureId) {
        return new WorksheetModel(session, tasks, fxThread, clock, "worksheet",
                (printing, paper, target, progress) -> printing.exposure(exposureId, paper, target,
                        progress));
    }

    /** A whole ladder, its rungs in order. */
    public static WorksheetModel ladder(JournalSession session, TaskRunner tasks, Executor fxThread,
            Clock clock, long ladderId) {
        return new WorksheetModel(session, tasks, fxThread, clock, "ladder-worksheet",
                (printing, paper, target, progress) -> printing.ladder(ladderId, paper, target,
                        progress));
    }

    /** A file name to start from, such as "worksheet-2026-11-23.pdf". */
    public String suggestedName() {
        return name + "-" + LocalDate.now(clock) + ".pdf";
    }

    /** Writes the worksheet to {@code target} on the paper chosen, and remembers the paper. */
    public void print(Path target) {
        if (work.runningProperty().get()) {
            return;
        }
        PaperSize chosen = paper.get();
        problem.set("");
        message.set(Texts.get("worksheet.printingWorksheet"));
        Progress progress = work.begin();
        tasks.run(() -> {
            printing.choosePaper(chosen);
            sheet.print(printing, chosen, target, progress);
            return target;
        }, done -> {
            work.end();
            message.set(Texts.format("worksheet.savedWorksheet", done));
        }, failure -> {
            work.end();
            if (LongWork.isCancel(failure)) {
                message.set(Texts.get("worksheet.printingWasStoppedNo"));
            } else {
                message.set("");
                problem.set(Failures.describe(failure));
            }
        });
    }

    public void cancel() {
        work.cancel();
    }

    public ObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    public LongWork work() {
        return work;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
