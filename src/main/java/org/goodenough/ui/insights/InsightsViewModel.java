package org.goodenough.ui.insights;

import java.time.LocalDate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.goodenough.domain.Category;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.RepeatedSeries;
import org.goodenough.planner.InsightPeriod;
import org.goodenough.planner.InsightRequest;
import org.goodenough.planner.Insights;
import org.goodenough.planner.InsightsReport;
import org.goodenough.planner.InvalidInputException;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.RepeatsFigure;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.LadderFilter;
import org.goodenough.ui.common.LatestRead;
import org.goodenough.ui.common.Refreshable;
import org.goodenough.ui.common.TaskRunner;

/**
 * The insights screen: what the person chose to look at, and the figures for it, read again
 * whenever the choice changes.
 */
public final class InsightsViewModel implements Refreshable {

    private final Insights insights;
    private final ObjectProperty<InsightPeriod> period = new SimpleObjectProperty<>(InsightPeriod.ALL_TIME);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final LadderFilter ladder = new LadderFilter();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<InsightsReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RepeatedSeries> repeated = FXCollections.observableArrayList();
    private final ObjectProperty<RepeatedSeries> series = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RepeatsFigure> repeats = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper periodProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final Runnable readLadders;
    private final LatestRead<InsightsReport> reading;
    private final LatestRead<RepeatsFigure> readingRepeats;

    public InsightsViewModel(JournalSession session, TaskRunner tasks) {
        this.insights = session.insights();
        reading = new LatestRead<>(tasks, () -> {
            InsightRequest request = request();
            return () -> insights.report(request);
        }, this::show, this::failed);
        readingRepeats = new LatestRead<>(tasks, () -> {
            RepeatedSeries chosen = series.get();
            InsightRequest request = request();
            return () -> chosen == null ? null : insights.repeats(chosen.seriesId(), request);
        }, repeats::set, failure -> message.set(Failures.describe(failure)));
        for (Observable input : new Observable[] {period, from, to, ladder.chosenProperty(), category}) {
            input.addListener(observable -> reading.ask());
        }
        // Every report brings new series records, so this also reads the same series afresh.
        series.addListener(observable -> readingRepeats.ask());
        this.readLadders = () -> ladder.read(session.ladders(), tasks,
                failure -> message.set(Failures.describe(failure)));
        refresh();
    }

    /** Reads the figures again, as chosen; also when coming back to the screen. */
    @Override
    public void refresh() {
        readLadders.run();
        reading.ask();
    }

    private InsightRequest request() {
        return new InsightRequest(period.get(), from.get(), to.get(),
                ladder.chosenId(), category.get());
    }

    private void show(InsightsReport figures) {
        periodProblem.set("");
        message.set("");
        report.set(figures);
        RepeatedSeries was = series.get();
        if (!repeated.equals(figures.repeated())) {
            repeated.setAll(figures.repeated());
        }
        series.set(figures.repeated().stream()
                .filter(each -> was != null && each.seriesId() == was.seriesId())
                .findFirst()
                .orElse(figures.repeated().isEmpty() ? null : figures.repeated().get(0)));
        loaded.set(true);
    }

    private void failed(Exception failure) {
        if (failure instanceof InvalidInputException invalid) {
            periodProblem.set(invalid.getMessage());
            // Figures for the days chosen before must not read as these days' figures.
            report.set(null);
            repeated.clear();
            series.set(null);
        } else {
            message.set(Failures.describe(failure));
        }
    }

    public ObjectProperty<InsightPeriod> periodProperty() {
        return period;
    }

    /** The first day, for a period between two days; empty means from the start. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day, for a period between two days; empty means up to today. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** One ladder to look at, or {@code null} for all. */
    public ObjectProperty<Ladder> ladderProperty() {
        return ladder.chosenProperty();
    }

    /** One area to look at, or {@code null} for all. */
    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObservableList<Ladder> ladders() {
        return ladder.ladders();
    }

    /** The figures for what is chosen; {@code null} until first read. */
    public ReadOnlyObjectProperty<InsightsReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Exposures done more than once in what is chosen, to follow across their repeats. */
    public ObservableList<RepeatedSeries> repeated() {
        return repeated;
    }

    /** The repeated exposure whose times the repeats chart shows. */
    public ObjectProperty<RepeatedSeries> seriesProperty() {
        return series;
    }

    public ReadOnlyObjectProperty<RepeatsFigure> repeatsProperty() {
        return repeats.getReadOnlyProperty();
    }

    /** Why the chosen days cannot be shown, or empty. */
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
