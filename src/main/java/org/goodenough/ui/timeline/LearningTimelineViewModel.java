package org.goodenough.ui.timeline;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.goodenough.domain.Category;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Learning;
import org.goodenough.planner.InsightPeriod;
import org.goodenough.planner.InsightRequest;
import org.goodenough.planner.Insights;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.LearningPage;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.LadderFilter;
import org.goodenough.ui.common.LatestRead;
import org.goodenough.ui.common.Refreshable;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.common.Texts;

/** Every answer to "What did I learn?" in date order, by ladder and area, a page at a time. */
public final class LearningTimelineViewModel implements Refreshable {

    /** How many more answers each "Show more" brings. */
    static final int PAGE = 50;

    private final Navigator navigator;
    private final LadderFilter ladder = new LadderFilter();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final BooleanProperty newestFirst = new SimpleBooleanProperty(true);
    private final ObservableList<Learning> learnings = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Runnable readLadders;
    private final LatestRead<LearningPage> reading;
    private int shown = PAGE;

    public LearningTimelineViewModel(JournalSession session, TaskRunner tasks, Navigator navigator) {
        this.navigator = navigator;
        Insights insights = session.insights();
        reading = new LatestRead<>(tasks, () -> {
            InsightRequest request = new InsightRequest(InsightPeriod.ALL_TIME, null, null,
                    ladder.chosenId(), category.get());
            boolean newest = newestFirst.get();
            int limit = shown;
            return () -> insights.learned(request, newest, 0, limit);
        }, page -> {
            show(page.learnings());
            total.set(page.total());
            loaded.set(true);
            message.set("");
        }, failure -> message.set(Failures.describe(failure)));
        for (Observable input : new Observable[] {ladder.chosenProperty(), category, newestFirst}) {
            input.addListener(observable -> {
                shown = PAGE;
                reading.ask();
            });
        }
        this.readLadders = () -> ladder.read(session.ladders(), tasks,
                failure -> message.set(Failures.describe(failure)));
        refresh();
    }

    /**
     * Puts the answers read in place. The same answers again (a visit back) leave the list as
     * it is, and the next answers after the same first ones (Show more) are added to its end,
     * so the page builds entries only for answers it did not show yet.
     */
    private void show(List<Learning> read) {
        int had = learnings.size();
        if (read.size() > had && read.subList(0, had).equals(learnings)) {
            learnings.addAll(read.subList(had, read.size()));
        } else if (!learnings.equals(read)) {
            learnings.setAll(read);
        }
    }

    /** Reads the answers again, as far as the person has asked to see. */
    @Override
    public void refresh() {
        readLadders.run();
        reading.ask();
    }

    public void showMore() {
        shown += PAGE;
        reading.ask();
    }

    /** Opens the exposure an answer belongs to. */
    public void open(Learning learning) {
        navigator.openExposure(learning.exposureId());
    }

    /** What the page says when there is no answer to show. */
    public StringBinding emptyText() {
        return Bindings.createStringBinding(() -> ladder.chosenId() != null || category.get() != null
                ? Texts.get("timeline.noAnswersLadderArea")
                : Texts.get("timeline.nothingHereYetWhen"),
                ladder.chosenProperty(), category);
    }

    public ObjectProperty<Ladder> ladderProperty() {
        return ladder.chosenProperty();
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public BooleanProperty newestFirstProperty() {
        return newestFirst;
    }

    public ObservableList<Ladder> ladders() {
        return ladder.ladders();
    }

    public ObservableList<Learning> learnings() {
        return learnings;
    }

    /** How many answers there are in all, shown or not. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
