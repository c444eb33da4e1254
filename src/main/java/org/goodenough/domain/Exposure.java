package org.goodenough.domain;

import java.time.Instant;

/**
 * One planned mistake, from plan to reflection.
 *
 * @param id         the journal's id for it
 * @param uid        a stable id that survives export and import
 * @param plan       what was planned
 * @param status     where it stands
 * @param doneAt     when it was marked done, or {@code null}
 * @param distress   distress before, at its peak and after
 * @param reflection the reflection, or {@code null} when there is none yet
 * @param repeatOf   the first exposure of the series this one repeats, or {@code null}
 * @param createdAt  when it was planned
 * @param updatedAt  when it last changed
 */
public record Exposure(
        long id,
        String uid,
        Plan plan,
        ExposureStatus status,
        Instant doneAt,
        Distress distress,
        Reflection reflection,
        Long repeatOf,
        Instant createdAt,
        Instant updatedAt) {

    public boolean isDone() {
        return status == ExposureStatus.DONE;
    }

    public boolean hasReflection() {
        return reflection != null;
    }

    /** The id that names this exposure's series: its own, or the first one it repeats. */
    public long seriesId() {
        return repeatOf == null ? id : repeatOf;
    }
}
