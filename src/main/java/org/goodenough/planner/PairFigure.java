package org.goodenough.planner;

import java.util.List;

/**
 * Two ratings side by side over time (expected and peak distress, or likelihood before and
 * after): one point per exposure, or averages per stretch of time when there are many.
 *
 * @param eachPoint what one point stands for: "each exposure", "each month"
 */
public record PairFigure(List<Point> points, String eachPoint, String caption) {

    public record Point(String label, double first, double second) {
    }
}
