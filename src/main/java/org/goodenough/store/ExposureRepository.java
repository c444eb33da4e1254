package org.goodenough.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Reflection;
import org.goodenough.domain.Stakes;

/** Where exposures and their reflections are kept. Every change is saved durably on return. */
public interface ExposureRepository {

    /** Saves a new plan; {@code repeatOf} names the first exposure of its series, or is null. */
    Exposure add(Plan plan, Long repeatOf, Instant now);

    /** Changes a plan; moving it to another ladder moves its whole series in the same step. */
    Exposure updatePlan(long id, Plan plan, Instant now);

    /** Records where the exposure stands and the distress ratings of doing it. */
    Exposure updateDoing(long id, ExposureStatus status, Instant doneAt, Distress distress, Instant now);

    Exposure saveReflection(long id, Reflection reflection, Instant now);

    Optional<Exposure> find(long id);

    /** One page of a section, in the order the section is read: soonest or newest first. */
    List<Exposure> list(JournalSection section, int offset, int limit);

    /** How many exposures a section holds in all. */
    int count(JournalSection section);

    /**
     * At most {@code limit} plans still waiting on {@code day}: planned for that day or for one
     * before it, and neither done nor set aside; earliest day first, then by time.
     */
    List<Exposure> waitingOn(LocalDate day, int limit);

    /**
     * At most {@code limit} plans still waiting that have a day and a time at or after
     * {@code from}, soonest first: the ones a reminder may come for.
     */
    List<Exposure> timedFrom(LocalDateTime from, int limit);

    /** The exposures of one series, first to latest. */
    List<Exposure> series(long seriesId);

    /** Every exposure on a ladder, oldest first. */
    List<Exposure> onLadder(long ladderId);

    /** Newest first, the first exposure of each series that is on no ladder yet. */
    List<Exposure> withoutLadder(int limit);

    /** Puts a whole series on a ladder, or takes it off with {@code null}. */
    void placeOnLadder(long seriesId, Long ladderId, Instant now);

    /** Whether any exposure at one of these stakes is done: one index entry read when there is. */
    boolean anyDone(java.util.Set<Stakes> stakes);

    /**
     * Deletes an exposure and its reflection. Its repeats stay and still form a series.
     *
     * @return whether there was such an exposure
     */
    boolean delete(long id);
}
