package org.goodenough.ui.insights;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.goodenough.domain.AreaCount;
import org.goodenough.domain.Category;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.Bucket;
import org.goodenough.planner.CalibrationFigure;
import org.goodenough.planner.PairFigure;
import org.goodenough.planner.RepeatsFigure;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Words;

/** Builds each insights chart afresh from its figure; a new chart keeps its axes honest. */
final class Charts {

    /** Heights in px at the usual size (1em = 14px); set in em, so they follow the zoom. */
    private static final int TALL = 280;
    private static final int LOW = 220;
    private static final double EM = 14;
    /**
     * A repeats chart of more times than this is drawn without a mark and a tooltip on each: a
     * mistake repeated 400 times made 1,600 of them, a second's work for the window, marks too
     * close to tell apart. (The other line charts have at most about 60 points by their grouping.)
     */
    static final int MARKED_UP_TO = 60;

    private Charts() {
    }

    static Chart calibration(CalibrationFigure figure) {
        CategoryAxis when = new CategoryAxis();
        when.setLabel(figure.timeAxis());
        int most = figure.overTime().stream().mapToInt(bucket -> bucket.tally().outcomesNoted())
                .max().orElse(0);
        StackedBarChart<String, Number> chart = new StackedBarChart<>(when,
                countAxis(Texts.get("insights.exposures"), most));
        chart.getData().add(series(Texts.get("insights.fearedDidNotHappen"), figure.overTime(),
                Bucket::label,
                bucket -> bucket.tally().notHappened()));
        chart.getData().add(series(Texts.get("insights.partlyHappened"), figure.overTime(), Bucket::label,
                bucket -> bucket.tally().partly()));
        chart.getData().add(series(Texts.get("insights.happened"), figure.overTime(), Bucket::label,
                bucket -> bucket.tally().happened()));
        return styled(chart, "calibrationChart", figure.caption());
    }

    /** The share of noted outcomes where what was feared did not happen, up to each bar. */
    static Chart runningShare(CalibrationFigure figure) {
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(),
                percentAxis(Texts.get("insights.share")));
        chart.getXAxis().setLabel(figure.timeAxis());
        List<Double> shares = figure.runningShare();
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(Texts.get("insights.fearedDidNotHappen2"));
        for (int i = 0; i < shares.size(); i++) {
            series.getData().add(new XYChart.Data<>(figure.overTime().get(i).label(), shares.get(i)));
        }
        chart.getData().add(series);
        return styled(chart, "runningShareChart", figure.caption(), LOW);
    }

    static Chart pairs(PairFigure figure, String firstName, String secondName, String scale) {
        List<PairFigure.Point> points = figure.points();
        LineChart<Number, Number> chart = new LineChart<>(numbered(
                points.stream().map(PairFigure.Point::label).toList(), Texts.format("insights.for",
                        figure.eachPoint())),
                percentAxis(scale));
        add(chart, firstName, points, PairFigure.Point::label, PairFigure.Point::first);
        add(chart, secondName, points, PairFigure.Point::label, PairFigure.Point::second);
        return styled(chart, null, figure.caption());
    }

    static Chart repeats(RepeatsFigure figure) {
        List<RepeatsFigure.Time> times = figure.times();
        LineChart<Number, Number> chart = new LineChart<>(numbered(
                times.stream().map(RepeatsFigure.Time::label).toList(), Texts.get("insights.eachTime")),
                percentAxis(Texts.get("insights.distress")));
        chart.setCreateSymbols(times.size() <= MARKED_UP_TO);
        add(chart, Texts.get("insights.expectedDistress"), times, RepeatsFigure.Time::label,
                RepeatsFigure.Time::expected);
        add(chart, Texts.get("insights.peakDistress"), times, RepeatsFigure.Time::label,
                RepeatsFigure.Time::peak);
        add(chart, Texts.get("insights.likelihoodBefore"), times, RepeatsFigure.Time::label,
                RepeatsFigure.Time::likelihoodBefore);
        add(chart, Texts.get("insights.likelihoodAfter"), times, RepeatsFigure.Time::label,
                RepeatsFigure.Time::likelihoodAfter);
        return styled(chart, "repeatsChart", figure.caption());
    }

    /**
     * An axis of points numbered 1 to n, each shown by its label. Points stay in order even
     * where a line has a gap, and two points may share a label.
     */
    private static NumberAxis numbered(List<String> labels, String name) {
        int count = labels.size();
        NumberAxis axis = new NumberAxis(0, count + 1, Math.max(1, Math.ceil(count / 12.0)));
        axis.setLabel(name);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                int index = (int) Math.round(value.doubleValue());
                return Math.abs(value.doubleValue() - index) < 1e-9 && index >= 1 && index <= count
                        ? labels.get(index - 1) : "";
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        return axis;
    }

    /**
     * A line through the points that have a value, each telling its value on hover, unless the
     * chart draws no marks.
     */
    private static <T> void add(LineChart<Number, Number> chart, String name, List<T> points,
            Function<T, String> label, Function<T, ? extends Number> value) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (int i = 0; i < points.size(); i++) {
            Number y = value.apply(points.get(i));
            if (y != null) {
                series.getData().add(new XYChart.Data<>(i + 1, y));
            }
        }
        chart.getData().add(series);
        if (!chart.getCreateSymbols()) {
            return;
        }
        for (XYChart.Data<Number, Number> data : series.getData()) {
            T point = points.get(data.getXValue().intValue() - 1);
            Tooltip.install(data.getNode(), new Tooltip(label.apply(point) + ": " + name + " "
                    + Math.round(data.getYValue().doubleValue())));
        }
    }

    /** Areas down the side, one bar each, in parts by stakes. */
    static Chart areas(List<AreaCount> counts, String caption) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> byStakes = new LinkedHashMap<>();
        for (Stakes stakes : Stakes.values()) {
            byStakes.put(Words.stakesInChoice(stakes), new HashMap<>());
        }
        byStakes.put(Texts.get("insights.stakesNotSet"), new HashMap<>());
        for (AreaCount each : counts) {
            String area = areaName(each.category());
            totals.merge(area, each.count(), Integer::sum);
            String stakes = each.stakes() == null ? Texts.get("insights.stakesNotSet") : Words.stakesInChoice(each.stakes());
            byStakes.get(stakes).merge(area, each.count(), Integer::sum);
        }
        // The axis takes the areas in the order the bars come and runs upwards, so every series
        // lists every area, fewest first: the area done most ends at the top.
        List<String> areas = totals.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .toList();
        StackedBarChart<Number,
                String> chart = new StackedBarChart<>(countAxis(Texts.get("insights.exposuresDone"),
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
        return styled(chart, "areasChart", caption, Math.max(TALL, 90 + 28 * areas.size()));
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
        return styled(chart, id, caption, TALL);
    }

    private static Chart styled(XYChart<?, ?> chart, String id, String caption, int height) {
        chart.setAnimated(false);
        chart.setId(id);
        chart.setAccessibleText(caption);
        chart.setStyle(String.format(Locale.ROOT, "-fx-pref-height: %.6fem; -fx-min-height: %.6fem;",
                height / EM, LOW / EM));
        chart.getStyleClass().add("insight-chart");
        return chart;
    }

    private static String areaName(Category category) {
        return category == null ? Texts.get("insights.noAreaGiven") : Words.of(category);
    }
}
