package org.goodenough.store;

import java.time.ZoneId;
import java.util.List;
import org.goodenough.domain.ExposureFilter;
import org.goodenough.domain.SearchHit;

/** Full-text search over the journal, kept in step with every change by the journal itself. */
public interface SearchRepository {

    /**
     * Up to {@code limit} exposures that match: the best matches first when words are given,
     * else the latest first. Days are counted in {@code zone}.
     */
    List<SearchHit> search(ExposureFilter filter, ZoneId zone, int limit);

    /** How many exposures match in all. */
    int count(ExposureFilter filter, ZoneId zone);
}
