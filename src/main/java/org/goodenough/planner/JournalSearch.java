package org.goodenough.planner;

import java.time.Clock;
import org.goodenough.domain.ExposureFilter;
import org.goodenough.domain.SearchHit;
import org.goodenough.store.SearchRepository;

/**
 * Finds exposures by any word they or their reflections hold, as the start of a word and
 * regardless of case and accents, together with filters.
 */
public final class JournalSearch {

    private final SearchRepository search;
    private final Clock clock;

    public JournalSearch(SearchRepository search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    /**
     * The first {@code limit} exposures that match, best first (latest first without words).
     *
     * @throws InvalidInputException when the filter's days are the wrong way round
     */
    public SearchResults find(ExposureFilter filter, int limit) {
        InputCheck.daysInOrder(filter.from(), filter.to());
        var page = search.search(filter, clock.getZone(), limit);
        return new SearchResults(page.hits().stream().map(JournalSearch::found).toList(), page.total());
    }

    private static SearchResults.Found found(SearchHit hit) {
        return new SearchResults.Found(hit.exposure(), MarkedText.read(hit.mistake()),
                hit.field() == null ? null : Sentences.get("search.field." + hit.field().name()),
                hit.snippet() == null ? null : MarkedText.read(hit.snippet()));
    }
}
