package org.goodenough.domain;

import java.time.Instant;

/**
 * An idea the person wrote for the library, as it leaves or enters the journal.
 *
 * @param uid       the stable id
 * @param title     the mistake, as it would read in a plan
 * @param category  the life area, or {@code null}
 * @param stakes    low, medium or high, or {@code null}
 * @param tip       what to notice, or {@code null}
 * @param hidden    whether the person hid it from the library
 * @param createdAt when it was written
 * @param updatedAt when it last changed
 */
public record PortableIdea(String uid, String title, Category category, Stakes stakes,
        String tip, boolean hidden, Instant createdAt, Instant updatedAt) {
}
