package org.goodenough.ui.ladder;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Rung;
import org.goodenough.planner.Field;
import org.goodenough.planner.InvalidInputException;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.LadderOverview;
import org.goodenough.planner.LadderPlanner;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.worksheet.WorksheetModel;

/**
 * One ladder: its rungs in order with how each went, the belief and its history, and the
 * ways to add, reorder and re-rate.
 */
public final class LadderViewModel {

    private final JournalSession session;
    private final LadderPlanner planner;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final long ladderId;
    private final ReadOnlyObjectWrapper<LadderOverview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Exposure>> candidates = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper deleting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ratingProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StringProperty rating = new SimpleStringProperty("");
    private WorksheetModel worksheet;

    public LadderViewModel(JournalSession session, TaskRunner tasks, Navigator navigator,
            long ladderId) {
        this.session = session;
        this.planner = session.ladders();
        this.tasks = tasks;
        this.navigator = navigator;
        this.ladderId = ladderId;
        act(() -> planner.overview(ladderId));
    }

    /** The ladder as last read, or {@code null} until it is. */
    public ReadOnlyObjectProperty<LadderOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The belief's new rating, as typed. */
    public StringProperty ratingProperty() {
        return rating;
    }

    public ReadOnlyStringProperty ratingProblemProperty() {
        return ratingProblem.getReadOnlyProperty();
    }

    /** Exposures that could be added, once asked for; the view offers them to choose from. */
    public ReadOnlyObjectProperty<List<Exposure>> candidatesProperty() {
        return candidates.getReadOnlyProperty();
    }

    /** True while the person is asked to confirm deleting the ladder. */
    public ReadOnlyBooleanProperty deletingProperty() {
        return deleting.getReadOnlyProperty();
    }

    public void moveUp(Rung rung) {
        act(() -> planner.move(ladderId, rung.seriesId(), -1));
    }

    public void moveDown(Rung rung) {
        act(() -> planner.move(ladderId, rung.seriesId(), 1));
    }

    public void orderByDistress() {
        act(() -> planner.orderByDistress(ladderId));
    }

    public void takeOff(Rung rung) {
        act(() -> planner.takeOff(ladderId, rung.seriesId()));
    }

    /** Adds today's rating of the belief to its history. */
    public void rate() {
        String typed = rating.get();
        ratingProblem.set("");
        act(() -> {
            planner.rateBelief(ladderId, typed);
            return planner.overview(ladderId);
        }, () -> rating.set(""));
    }

    /** The ladder as a worksheet to print, made when first asked for. */
    public WorksheetModel worksheet() {
        if (worksheet == null) {
            worksheet = WorksheetModel.ladder(session, tasks, Platform::runLater,
                    Clock.systemDefaultZone(), ladderId);
        }
        return worksheet;
    }

    public void open(Rung rung) {
        navigator.showExposure(rung.latest());
    }

    public void planNewRung() {
        LadderOverview shown = overview.get();
        if (shown != null) {
            navigator.planFrom(null, shown.ladder());
        }
    }

    public void fromLibrary() {
        LadderOverview shown = overview.get();
        if (shown != null) {
            navigator.showLibrary(shown.ladder());
        }
    }

    /** Looks up the exposures that stand alone, to offer them as rungs. */
    public void askForExisting() {
        candidates.set(null);
        tasks.run(planner::standingAlone, candidates::set,
                failure -> message.set(Failures.describe(failure)));
    }

    public void addExisting(Exposure exposure) {
        candidates.set(null);
        act(() -> planner.add(ladderId, exposure.id()));
    }

    public void edit() {
        LadderOverview shown = overview.get();
        if (shown != null) {
            navigator.editLadder(shown.ladder());
        }
    }

    public void askToDelete() {
        deleting.set(true);
    }

    public void confirmDelete() {
        deleting.set(false);
        busy.set(true);
        tasks.run(() -> {
            planner.delete(ladderId);
            return null;
        }, done -> {
            busy.set(false);
            navigator.showLadders();
        }, failure -> {
            busy.set(false);
            message.set(Failures.describe(failure, "deleteLadder"));
        });
    }

    public void keep() {
        deleting.set(false);
    }

    public void allLadders() {
        navigator.showLadders();
    }

    private void act(Callable<LadderOverview> work) {
        act(work, () -> { });
    }

    /** Runs one action at a time, then shows the ladder as it now is. */
    private void act(Callable<LadderOverview> work, Runnable done) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        tasks.run(work, read -> {
            busy.set(false);
            done.run();
            overview.set(read);
        }, failure -> {
            busy.set(false);
            if (failure instanceof InvalidInputException invalid) {
                ratingProblem.set(invalid.problems().getOrDefault(Field.BELIEF_STRENGTH,
                        String.join(" ", invalid.problems().values())));
            } else {
                message.set(Failures.describe(failure));
            }
        });
    }
}
