package org.goodenough.ui.search;

import java.time.LocalDate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.goodenough.domain.Category;
import org.goodenough.domain.ExposureFilter;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.InvalidInputException;
import org.goodenough.planner.JournalSearch;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.SearchResults;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.LadderFilter;
import org.goodenough.ui.common.LatestRead;
import org.goodenough.ui.common.Refreshable;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;

/** Search as you type, with filters; the results are read again on every change. */
public final class SearchViewModel implements Refreshable {

    /** How many results are shown at most; more words or filters narrow the rest down. */
    static final int SHOWN = 100;

    private final Navigator navigator;
    private final StringProperty words = new SimpleStringProperty("");
    private final ObjectProperty<ExposureStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Stakes> stakes = new SimpleObjectProperty<>();
    private final LadderFilter ladder = new LadderFilter();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<SearchResults.Found> found = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper periodProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Runnable readLadders;
    private final LatestRead<SearchResults> reading;

    public SearchViewModel(JournalSession session, TaskRunner tasks, Navigator navigator) {
        this.navigator = navigator;
        JournalSearch search = session.search();
        reading = new LatestRead<>(tasks, () -> {
            ExposureFilter filter = filter();
            return () -> search.find(filter, SHOWN);
        }, this::show, this::failed);
        for (Observable input : new Observable[] {words, status, category, stakes, ladder.chosenProperty(), from, to}) {
            input.addListener(observable -> reading.ask());
        }
        this.readLadders = () -> ladder.read(session.ladders(), tasks,
                failure -> message.set(Failures.describe(failure)));
        refresh();
    }

    /** Searches again as chosen; also when coming back to the screen. */
    @Override
    public void refresh() {
        readLadders.run();
        reading.ask();
    }

    private ExposureFilter filter() {
        return new ExposureFilter(words.get(), status.get(), category.get(), stakes.get(),
                ladder.chosenId(), from.get(), to.get());
    }

    private void show(SearchResults results) {
        periodProblem.set("");
        message.set("");
        found.setAll(results.found());
        total.set(results.total());
        loaded.set(true);
    }

    private void failed(Exception failure) {
        if (failure instanceof InvalidInputException invalid) {
            periodProblem.set(invalid.getMessage());
            found.clear();
            total.set(0);
        } else {
            message.set(Failures.describe(failure));
        }
    }

    /** Whether anything narrows the search: words or a filter. */
    private boolean narrowed() {
        return !words.get().isBlank() || status.get() != null || category.get() != null
                || stakes.get() != null || ladder.chosenId() != null || from.get() != null
                || to.get() != null;
    }

    /** "3 found", "Showing the best 100 of 1,234", or what to try when nothing is found. */
    public StringBinding countText() {
        return Bindings.createStringBinding(() -> {
            if (!loaded.get() || !periodProblem.get().isEmpty()) {
                return "";
            }
            int all = total.get();
            if (all == 0) {
                return narrowed() ? Texts.get("search.nothingFoundFewerShorter") : Texts.get("search.journalEmptyNowWhatever");
            }
            if (all > found.size()) {
                return Texts.format("search.showingFirstDD", Wording.count(found.size()),
                        Wording.count(all));
            }
            return all == 1 ? Texts.get("search.1ExposureFound") : Texts.format("search.dExposuresFound", Wording.count(all));
        }, loaded, total, found, periodProblem);
    }

    /** Opens a result's exposure. */
    public void open(SearchResults.Found result) {
        if (result != null) {
            navigator.showExposure(result.exposure());
        }
    }

    public void clearFilters() {
        status.set(null);
        category.set(null);
        stakes.set(null);
        ladder.chosenProperty().set(null);
        from.set(null);
        to.set(null);
    }

    public StringProperty wordsProperty() {
        return words;
    }

    public ObjectProperty<ExposureStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<Stakes> stakesProperty() {
        return stakes;
    }

    public ObjectProperty<Ladder> ladderProperty() {
        return ladder.chosenProperty();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Ladder> ladders() {
        return ladder.ladders();
    }

    public ObservableList<SearchResults.Found> found() {
        return found;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty periodProblemProperty() {
        return periodProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
