package org.goodenough.domain;

import java.time.Instant;

/**
 * An exposure as it leaves or enters the journal. Its ladder and the first exposure of its
 * series are named by their stable ids rather than by the journal's numbers, which differ from
 * one journal to the next.
 *
 * @param uid          the stable id
 * @param ladderUid    the stable id of its ladder, or {@code null}
 * @param repeatOfUid  the stable id of the first exposure of its series, or {@code null}
 * @param rungPosition its place on a ladder ordered by hand, or {@code null}
 * @param plan         what was planned; its ladder id is not used here
 * @param status       where it stands
 * @param doneAt       when it was marked done, or {@code null}
 * @param distress     distress before, at its peak and after
 * @param reflection   the reflection, or {@code null}
 * @param createdAt    when it was planned
 * @param updatedAt    when it last changed
 */
public record PortableExposure(String uid, String ladderUid, String repeatOfUid,
        Integer rungPosition, Plan plan, ExposureStatus status, Instant doneAt, Distress distress,
        Reflection reflection, Instant createdAt, Instant updatedAt) {
}
