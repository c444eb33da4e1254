package org.goodenough.ui.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.goodenough.planner.RepeatsFigure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The repeats chart: a mark and a tooltip on each time, unless there are too many to tell apart. */
class ChartsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aFewTimesAreEachMarkedAndTellTheirValue() throws Exception {
        LineChart<?, ?> chart = repeatsChart(10);
        assertEquals(4, chart.getData().size());
        for (XYChart.Series<?, ?> series : chart.getData()) {
            for (XYChart.Data<?, ?> data : series.getData()) {
                assertTrue(data.getNode() != null && data.getNode().getProperties().values().stream()
                        .anyMatch(value -> value instanceof Tooltip), "a mark with its value");
            }
        }
    }

    @Test
    void fourHundredTimesAreAPlainLineThroughEveryOne() throws Exception {
        LineChart<?, ?> chart = repeatsChart(400);
        for (XYChart.Series<?, ?> series : chart.getData()) {
            assertEquals(400, series.getData().size(), "every time is on the line");
            assertTrue(series.getData().stream().allMatch(data -> data.getNode() == null),
                    "no mark on each");
        }
    }

    private static LineChart<?, ?> repeatsChart(int count) throws Exception {
        List<RepeatsFigure.Time> times = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            times.add(new RepeatsFigure.Time(i + ". time", 30, 40 - i % 20, 40, 20));
        }
        RepeatsFigure figure = new RepeatsFigure("Send the daily note", times, "caption");
        return WaitForAsyncUtils.asyncFx(() -> (LineChart<?, ?>) Charts.repeats(figure)
                .lookup("#repeatsChart")).get(10, TimeUnit.SECONDS);
    }
}
