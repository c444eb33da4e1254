package org.goodenough.planner;

import java.util.List;
import org.goodenough.domain.AreaCount;

/** How many exposures were done in each area and at each level of stakes. */
public record AreaFigure(List<AreaCount> counts, String caption) {
}
