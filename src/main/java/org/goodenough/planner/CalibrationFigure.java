package org.goodenough.planner;

import java.util.List;

/**
 * How often what the person feared did not happen, partly happened or happened, over the
 * exposures whose outcome they noted; and the same for each stretch of time.
 *
 * @param timeAxis what one stretch is: "Week, by its Monday"
 */
public record CalibrationFigure(int notHappened, int partly, int happened, List<Bucket> overTime,
                                String timeAxis, String caption) {

    public int noted() {
        return notHappened + partly + happened;
    }
}
