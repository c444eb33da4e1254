package org.goodenough.ui.detail;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Ladder;
import org.goodenough.planner.ClimbAdvice;
import org.goodenough.planner.DeletionRequest;
import org.goodenough.planner.ExposurePlanner;
import org.goodenough.planner.HealthTopics;
import org.goodenough.planner.JournalSession;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.worksheet.WorksheetModel;

/** One exposure read back in full, with what can be done next from where it stands. */
public final class ExposureDetailViewModel {

    private final JournalSession session;
    private final ExposurePlanner planner;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final Exposure exposure;
    private final ObservableList<Exposure> series = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DeletionRequest> deletion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Ladder> ladder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper contextRead = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper climb = new ReadOnlyStringWrapper("");
    private WorksheetModel worksheet;

    public ExposureDetailViewModel(JournalSession session, TaskRunner tasks, Navigator navigator,
            Exposure exposure) {
        this.session = session;
        this.planner = session.planner();
        this.tasks = tasks;
        this.navigator = navigator;
        this.exposure = exposure;
        Long ladderId = exposure.plan().ladderId();
        tasks.run(() -> new Context(planner.series(exposure.id()),
                ladderId == null ? null : session.ladders().find(ladderId).orElse(null),
                session.ladders().climbFrom(exposure).map(ClimbAdvice::message).orElse("")),
                found -> {
                    if (found.series().size() > 1) {
                        series.setAll(found.series());
                    }
                    ladder.set(found.ladder());
                    climb.set(found.climb());
                    contextRead.set(true);
                }, failure -> {
                    message.set(Failures.describe(failure));
                    contextRead.set(true);
                });
    }

    /** Whether what the page reads after it shows (the series, the ladder) has come, or failed. */
    public ReadOnlyBooleanProperty contextReadProperty() {
        return contextRead.getReadOnlyProperty();
    }

    private record Context(List<Exposure> series, Ladder ladder, String climb) {
    }

    /** The ladder this exposure is a rung of, or {@code null}. */
    public ReadOnlyObjectProperty<Ladder> ladderProperty() {
        return ladder.getReadOnlyProperty();
    }

    /** When this rung looks ready to climb from, a gentle word on the next step; else empty. */
    public ReadOnlyStringProperty climbProperty() {
        return climb.getReadOnlyProperty();
    }

    public void showLadder() {
        if (ladder.get() != null) {
            navigator.showLadder(ladder.get().id());
        }
    }

    public Exposure exposure() {
        return exposure;
    }

    /** Whether the mistake touches eating, the body or health, best planned with a clinician. */
    public boolean withClinician() {
        return HealthTopics.touch(exposure.plan().mistake(), exposure.plan().fearedOutcome());
    }

    /** The other exposures of this one's series, first to latest; empty if never repeated. */
    public ObservableList<Exposure> series() {
        return series;
    }

    /** True while an action runs, so a second click cannot run it twice. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A deletion waiting for the person to confirm it, or {@code null}. */
    public ReadOnlyObjectProperty<DeletionRequest> deletionProperty() {
        return deletion.getReadOnlyProperty();
    }

    /** This exposure as a worksheet to print, made when first asked for. */
    public WorksheetModel worksheet() {
        if (worksheet == null) {
            worksheet = WorksheetModel.exposure(session, tasks, Platform::runLater,
                    Clock.systemDefaultZone(), exposure.id());
        }
        return worksheet;
    }

    public void didIt() {
        navigator.showDidIt(exposure);
    }

    public void reflect() {
        navigator.showReflection(exposure);
    }

    public void edit() {
        navigator.editPlan(exposure);
    }

    public void notNow() {
        change("notNow", () -> planner.notNow(exposure.id()));
    }

    public void letGo() {
        change("letGo", () -> planner.letGo(exposure.id()));
    }

    public void planAgain() {
        change("planAgain", () -> planner.planAgain(exposure.id()));
    }

    /** Plans the same mistake again, linked as a repeat, and opens the new plan to adjust. */
    public void doAgain() {
        act("repeat", () -> planner.repeat(exposure.id()), navigator::editPlan);
    }

    /** Asks what deleting would remove; the view then asks the person to confirm. */
    public void askToDelete() {
        act(null, () -> planner.askToDelete(exposure.id()), deletion::set);
    }

    public void confirmDelete() {
        DeletionRequest request = deletion.get();
        deletion.set(null);
        if (request == null) {
            return;
        }
        act("deleteExposure", () -> {
            planner.delete(request);
            return request.exposure();
        }, navigator::removed);
    }

    public void keep() {
        deletion.set(null);
    }

    private void change(String action, Callable<Exposure> work) {
        act(action, work, navigator::showExposure);
    }

    /**
     * Runs one action at a time; clicks while one runs are ignored. A failure names the
     * {@code action} ({@code common.failure.action.} followed by it), or says "that" for null.
     */
    private <T> void act(String action, Callable<T> work, Consumer<T> then) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        tasks.run(work, result -> {
            busy.set(false);
            then.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(Failures.describe(failure, action));
        });
    }

}
