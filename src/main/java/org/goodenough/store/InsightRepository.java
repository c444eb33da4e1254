package org.goodenough.store;

import java.time.ZoneId;
import java.util.List;
import org.goodenough.domain.AreaCount;
import org.goodenough.domain.DayTally;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.InsightScope;
import org.goodenough.domain.Learning;
import org.goodenough.domain.RepeatedSeries;

/**
 * Figures over the done exposures in a scope, added up by the journal itself so that no caller
 * needs to read every record. Days are counted in {@code zone}.
 */
public interface InsightRepository {

    /** One tally for each day on which something in the scope was done, earliest first. */
    List<DayTally> dayTallies(InsightScope scope, ZoneId zone);

    /** The latest {@code limit} exposures done in the scope, earliest first. */
    List<Exposure> latestDone(InsightScope scope, ZoneId zone, int limit);

    /** How many were done in each area and at each level of stakes. */
    List<AreaCount> areaCounts(InsightScope scope, ZoneId zone);

    /** Series done at least twice in the scope, the most recently done first. */
    List<RepeatedSeries> repeatedSeries(InsightScope scope, ZoneId zone, int limit);

    /** Answers to "What did I learn?" in the scope, by the day of the exposure. */
    List<Learning> learnings(InsightScope scope, ZoneId zone, boolean newestFirst, int offset,
                             int limit);

    int countLearnings(InsightScope scope, ZoneId zone);
}
