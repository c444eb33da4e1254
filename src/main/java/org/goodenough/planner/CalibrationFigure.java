package org.goodenough.planner;

import java.util.ArrayList;
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

    /**
     * The running figure: for each stretch, the share (in %) of every outcome noted up to its
     * end where what was feared did not happen.
     */
    public List<Double> runningShare() {
        List<Double> shares = new ArrayList<>();
        int noted = 0;
        int notHappened = 0;
        for (Bucket bucket : overTime) {
            noted += bucket.tally().outcomesNoted();
            notHappened += bucket.tally().notHappened();
            shares.add(noted == 0 ? 0 : 100.0 * notHappened / noted);
        }
        return shares;
    }
}
