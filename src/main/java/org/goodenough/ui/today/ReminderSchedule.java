package org.goodenough.ui.today;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import org.goodenough.domain.Exposure;
import org.goodenough.planner.ExposurePlanner;
import org.goodenough.ui.common.LoggedError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds of a plan at its day and time while the app runs, and only of times from the moment
 * it started on, so opening the app never brings a burst of old reminders. It looks at the
 * journal on its timer's thread, never on the FX thread: at most once a minute, or at the next
 * plan's time when that is sooner, so a changed clock or a computer woken from sleep is
 * noticed within a minute. It also says when a new day begins, for the Today panel.
 */
public final class ReminderSchedule implements AutoCloseable {

    /** The longest the schedule sleeps before looking at the clock again. */
    static final Duration TICK = Duration.ofMinutes(1);
    /** A reminder whose time passed longer ago than this (a sleeping computer) is let be. */
    static final Duration TOO_LATE = Duration.ofMinutes(10);
    /** How many plans for one moment are reminded of at most. */
    static final int AT_ONCE = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);

    private final ExposurePlanner planner;
    private final Clock clock;
    private final ReminderTimer timer;
    private final Consumer<Exposure> remind;
    private final Runnable newDay;
    private volatile boolean on;
    // The fields below are used on the timer's thread only.
    private LocalDateTime from;
    private LocalDate day;
    private Runnable pending = () -> { };

    /**
     * @param remind shows one reminder; called on the timer's thread
     * @param newDay told (on the timer's thread) when the clock reaches a new day
     */
    public ReminderSchedule(ExposurePlanner planner, Clock clock, ReminderTimer timer,
            boolean on, Consumer<Exposure> remind, Runnable newDay) {
        this.planner = planner;
        this.clock = clock;
        this.timer = timer;
        this.on = on;
        this.remind = remind;
        this.newDay = newDay;
        timer.execute(() -> {
            from = now();
            day = from.toLocalDate();
            look();
        });
    }

    /** Turns the reminders on or off; off, none comes until they are turned on again. */
    public void setOn(boolean reminding) {
        on = reminding;
        plansChanged();
    }

    /** Looks again for the next plan's time, after plans were added, moved or changed. */
    public void plansChanged() {
        timer.execute(this::look);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Sleeps until the next plan's time or the next tick, whichever comes first. */
    private void look() {
        pending.run();
        LocalDateTime now = now();
        if (from.isBefore(now)) {
            from = now;
        }
        if (!now.toLocalDate().equals(day)) {
            day = now.toLocalDate();
            newDay.run();
        }
        LocalDateTime next = on ? nextTime() : null;
        Duration untilNext = next == null ? TICK : Duration.between(now, next);
        if (untilNext.compareTo(TICK) >= 0) {
            pending = timer.schedule(this::look, TICK);
        } else {
            pending = timer.schedule(() -> arrive(next), untilNext.isNegative() ? Duration.ZERO
                    : untilNext);
        }
    }

    private LocalDateTime nextTime() {
        try {
            List<Exposure> next = planner.timedFrom(from, 1);
            return next.isEmpty() ? null : moment(next.get(0));
        } catch (RuntimeException e) {
            LOG.warn("The plans to remind of could not be read", LoggedError.of(e));
            return null;
        }
    }

    /** The time of {@code at} has come: reminds of every plan still set for it. */
    private void arrive(LocalDateTime at) {
        LocalDateTime now = now();
        if (now.isBefore(at)) {
            look();
            return;
        }
        if (on && Duration.between(at, now).compareTo(TOO_LATE) <= 0) {
            try {
                planner.timedFrom(at, AT_ONCE).stream()
                        .filter(plan -> moment(plan).equals(at))
                        .forEach(remind);
            } catch (RuntimeException e) {
                LOG.warn("A reminder could not be given", LoggedError.of(e));
            }
        }
        from = at.plusSeconds(1);
        look();
    }

    private static LocalDateTime moment(Exposure plan) {
        return plan.plan().date().atTime(plan.plan().time());
    }

    /** Stops reminding; a journal read under way finishes first. */
    @Override
    public void close() {
        on = false;
        timer.close();
    }
}
