package org.goodenough.planner;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that can be held at a past moment while an example journal is written, so its
 * records carry the days they tell of, and that follows the real clock once let go.
 */
final class SeedClock extends Clock {

    private final Clock real;
    private volatile Instant held;

    SeedClock(Clock real) {
        this.real = real;
    }

    void hold(Instant moment) {
        held = moment;
    }

    void letGo() {
        held = null;
    }

    @Override
    public Instant instant() {
        Instant moment = held;
        return moment != null ? moment : real.instant();
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return real.withZone(zone);
    }
}
