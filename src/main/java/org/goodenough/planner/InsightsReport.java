package org.goodenough.planner;

import java.util.List;
import org.goodenough.domain.RepeatedSeries;

/** Every figure the insights screen shows for one request. */
public record InsightsReport(int done, CalibrationFigure calibration, PairFigure distress,
                             PairFigure likelihood, AreaFigure areas,
                             List<RepeatedSeries> repeated) {
}
