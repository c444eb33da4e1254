package org.goodenough.ui.insights;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import org.goodenough.domain.AreaCount;
import org.goodenough.domain.Category;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.Bucket;
import org.goodenough.planner.CalibrationFigure;
import org.goodenough.planner.PairFigure;
import org.goodenough.planner.RepeatsFigure;

/** Builds each insights chart afresh from its figure; a new chart keeps its axes honest. */
final class Charts {

    private static final int TALL = 280;

    private Charts() {
    }

    static Chart calibration(CalibrationFigure figure) {
        CategoryAxis when = new CategoryAxis();
        when.setLabel(figure.timeAxis());
        int most = figure.overTime().stream().mapToInt(bucket -> bucket.tally().outcomesNoted())
                .max().orElse(0);
        StackedBarChart<String, Number> chart = new StackedBarChart<>(when,
                countAxis("Exposures", most));
        chart.getData().add(series("What I feared did not happen", figure.overTime(), Bucket::label,
                bucket -> bucket.tally().notHappened()));
        chart.getData().add(series("It partly happened", figure.overTime(), Bucket::label,
                bucket -> bucket.tally().partly()));
        chart.getData().add(series("It happened", figure.overTime(), Bucket::label,
                bucket -> bucket.tally().happened()));
        return styled(chart, "calibrationChart", figure.caption());
    }

    static Chart pairs(PairFigure figure, String firstName, String secondName, String scale) {
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), percentAxis(scale));
        chart.getXAxis().setLabel("For " + figure.eachPoint());
        chart.getData().add(series(firstName, figure.points(), PairFigure.Point::label,
                PairFigure.Point::first));
        chart.getData().add(series(secondName, figure.points(), PairFigure.Point::label,
                PairFigure.Point::second));
        return styled(chart, null, figure.caption());
    }

    static Chart repeats(RepeatsFigure figure) {
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(),
                percentAxis("Distress, or likelihood in %"));
        List<RepeatsFigure.Time> times = figure.times();
        chart.getData().add(series("Expected distress", times, RepeatsFigure.Time::label,
                RepeatsFigure.Time::expected));
        chart.getData().add(series("Peak distress", times, RepeatsFigure.Time::label,
                RepeatsFigure.Time::peak));
        chart.getData().add(series("Likelihood before", times, RepeatsFigure.Time::label,
                RepeatsFigure.Time::likelihoodBefore));
        chart.getData().add(series("Likelihood after", times, RepeatsFigure.Time::label,
                RepeatsFigure.Time::likelihoodAfter));
        return styled(chart, "repeatsChart", figure.caption());
    }

    /** Areas down the side, one bar each, in parts by stakes. */
    static Chart areas(List<AreaCount> counts, String caption) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> byStakes = new LinkedHashMap<>();
        for (Stakes stakes : Stakes.values()) {
            byStakes.put(stakes.label() + " stakes", new HashMap<>());
        }
        byStakes.put("Stakes not set", new HashMap<>());
        for (AreaCount each : counts) {
            String area = areaName(each.category());
            totals.merge(area, each.count(), Integer::sum);
            String stakes = each.stakes() == null ? "Stakes not set" : each.stakes().label() + " stakes";
            byStakes.get(stakes).merge(area, each.count(), Integer::sum);
        }
        // The axis takes the areas in the order the bars come and runs upwards, so every series
        // lists every area, fewest first: the area done most ends at the top.
        List<String> areas = totals.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .toList();
        StackedBarChart<Number, String> chart = new StackedBarChart<>(countAxis("Exposures done",
                totals.values().stream().mapToInt(Integer::intValue).max().orElse(0)),
                new CategoryAxis());
        byStakes.forEach((name, done) -> {
            if (!done.isEmpty()) {
                XYChart.Series<Number, String> series = new XYChart.Series<>();
                series.setName(name);
                areas.forEach(area -> series.getData().add(
                        new XYChart.Data<>(done.getOrDefault(area, 0), area)));
                chart.getData().add(series);
            }
        });
        chart.setPrefHeight(Math.max(TALL, 90 + 28 * areas.size()));
        return styled(chart, "areasChart", caption);
    }

    /** An axis of whole counts from 0 to {@code most}, with about ten ticks at most. */
    private static NumberAxis countAxis(String label, int most) {
        int step = Math.max(1, (int) Math.ceil(most / 10.0));
        NumberAxis axis = new NumberAxis(0, Math.max(step, (int) Math.ceil(most / (double) step) * step), step);
        axis.setLabel(label);
        axis.setMinorTickVisible(false);
        return axis;
    }

    private static NumberAxis percentAxis(String label) {
        NumberAxis axis = new NumberAxis(0, 100, 20);
        axis.setLabel(label);
        axis.setMinorTickVisible(false);
        return axis;
    }

    /** A series of the points that have a value; a missing rating leaves a gap. */
    private static <T> XYChart.Series<String, Number> series(String name, List<T> points,
            Function<T, String> label, Function<T, ? extends Number> value) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (T point : points) {
            Number y = value.apply(point);
            if (y != null) {
                series.getData().add(new XYChart.Data<>(label.apply(point), y));
            }
        }
        return series;
    }

    private static Chart styled(XYChart<?, ?> chart, String id, String caption) {
        chart.setAnimated(false);
        chart.setId(id);
        chart.setAccessibleText(caption);
        chart.setPrefHeight(Math.max(chart.getPrefHeight(), TALL));
        chart.setMinHeight(220);
        chart.getStyleClass().add("insight-chart");
        return chart;
    }

    private static String areaName(Category category) {
        return category == null ? "No area given" : category.label();
    }
}
