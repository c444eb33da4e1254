package org.goodenough;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock in UTC that stays where a test puts it, moving a second each time it is read. */
public final class DayClock extends Clock {

    private Instant now;

    public DayClock(String start) {
        now = Instant.parse(start);
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
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
