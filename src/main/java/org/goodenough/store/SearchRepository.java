package org.goodenough.store;

import java.time.ZoneId;
import java.util.List;
import org.goodenough.domain.ExposureFilter;
import org.goodenough.domain.SearchHit;

/** Full-text search over the journal, kept in step with every change by the journal itself. */
public interface SearchRepository {

    /**
     * Up to {@code limit} exposures that match: the best matches first when words are given,
     * else the latest first; with how many match in all, read at the same moment. Days are
     * counted in {@code zone}.
     */
    SearchPage search(ExposureFilter filter, ZoneId zone, int limit);

    /** A page of exposures found, and how many match in all. */
    record SearchPage(List<SearchHit> hits, int total) {

        public SearchPage {
            hits = List.copyOf(hits);
        }
    }
}
