package org.goodenough.ui.ladder;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.goodenough.domain.Ladder;
import org.goodenough.planner.LadderPlanner;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;

/** The list of ladders, one per fear or belief. */
public final class LaddersViewModel {

    private final Navigator navigator;
    private final ObservableList<Ladder> ladders = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public LaddersViewModel(LadderPlanner planner, TaskRunner tasks, Navigator navigator) {
        this.navigator = navigator;
        tasks.run(planner::all, all -> {
            ladders.setAll(all);
            loaded.set(true);
        }, failure -> message.set(Failures.describe(failure)));
    }

    public ObservableList<Ladder> ladders() {
        return ladders;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void open(Ladder ladder) {
        navigator.showLadder(ladder.id());
    }

    public void newLadder() {
        navigator.editLadder(null);
    }
}
