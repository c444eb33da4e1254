package org.goodenough.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.goodenough.domain.Ladder;
import org.goodenough.planner.LadderPlanner;

/**
 * The person's ladders offered as a filter, and the one chosen ({@code null} for all).
 * Reading them again keeps the choice while its ladder is there (under its new name, if it
 * was renamed) and clears it once the ladder is gone.
 */
public final class LadderFilter {

    private final ObservableList<Ladder> ladders = FXCollections.observableArrayList();
    private final ObjectProperty<Ladder> chosen = new SimpleObjectProperty<>();

    public void read(LadderPlanner planner, TaskRunner tasks, Consumer<? super Exception> onError) {
        tasks.run(planner::all, all -> {
            Ladder was = chosen.get();
            // Unchanged ladders leave the choice boxes as they are, and the figures unread.
            if (!ladders.equals(all)) {
                ladders.setAll(all);
            }
            if (was != null) {
                Ladder now = all.stream().filter(ladder -> ladder.id() == was.id()).findFirst()
                        .orElse(null);
                if (!was.equals(now)) {
                    chosen.set(now);
                }
            }
        }, onError);
    }

    public ObservableList<Ladder> ladders() {
        return ladders;
    }

    public ObjectProperty<Ladder> chosenProperty() {
        return chosen;
    }

    /** The chosen ladder's id, or {@code null} for all. */
    public Long chosenId() {
        return chosen.get() == null ? null : chosen.get().id();
    }
}
