package org.goodenough;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock (in UTC unless told otherwise) that stays where a test puts it, moving a second each time it is read. */
public final class DayClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    public DayClock(String start) {
        this(start, ZoneOffset.UTC);
    }

    /** A clock whose days are counted in {@code zone}. */
    public DayClock(String start, ZoneId zone) {
        this.now = Instant.parse(start);
        this.zone = zone;
    }

    public synchronized void set(String instant) {
        now = Instant.parse(instant);
    }

    @Override
    public synchronized Instant instant() {
        now = now.plus(Duration.ofSeconds(1));
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
