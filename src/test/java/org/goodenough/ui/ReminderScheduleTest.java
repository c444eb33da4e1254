package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.goodenough.domain.Exposure;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PlanInput;
import org.goodenough.ui.today.ReminderSchedule;
import org.goodenough.ui.today.ReminderTimer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reminders on a real journal, with a clock the test moves by hand: one comes at a plan's
 * time, only while they are on, and never for a time already past.
 */
class ReminderScheduleTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @TempDir
    Path folder;
    private final HandClock clock = new HandClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final HandTimer timer = new HandTimer(clock);
    private final List<String> reminded = new ArrayList<>();
    private final AtomicInteger newDays = new AtomicInteger();
    private JournalSession session;
    private ReminderSchedule schedule;

    @BeforeEach
    void open() {
        session = JournalSession.open(folder.resolve("journal.db"), clock);
    }

    @AfterEach
    void close() {
        if (schedule != null) {
            schedule.close();
        }
        session.close();
    }

    private void start(boolean on) {
        schedule = new ReminderSchedule(session.planner(), clock, timer, on,
                plan -> reminded.add(plan.plan().mistake()), newDays::incrementAndGet);
    }

    private Exposure plan(String mistake, LocalDate day, String time) {
        return session.planner().plan(new PlanInput(mistake, null, null, day.toString(), time,
                null, null, null, null, null, null, null, null));
    }

    private void at(String time) {
        timer.advanceTo(Instant.parse(time));
    }

    @Test
    void aReminderComesAtThePlannedTimeAndNotBefore() {
        plan("Send the update with one typo", TODAY, "09:30");
        plan("Leave the bed unmade", TODAY, null);
        start(true);

        at("2026-11-23T09:29:59Z");
        assertEquals(List.of(), reminded);
        at("2026-11-23T09:30:00Z");
        assertEquals(List.of("Send the update with one typo"), reminded);
        at("2026-11-23T23:00:00Z");
        assertEquals(List.of("Send the update with one typo"), reminded, "once only");
    }

    @Test
    void noneComesWhileTurnedOffAndTurningOnRemindsOnlyOfWhatIsAhead() {
        plan("Send the update with one typo", TODAY, "09:30");
        plan("Ask an obvious question", TODAY, "11:00");
        start(false);

        at("2026-11-23T10:00:00Z");
        assertEquals(List.of(), reminded);
        schedule.setOn(true);
        at("2026-11-23T12:00:00Z");
        assertEquals(List.of("Ask an obvious question"), reminded);

        schedule.setOn(false);
        plan("Share a rough draft", TODAY, "13:00");
        schedule.plansChanged();
        at("2026-11-23T14:00:00Z");
        assertEquals(List.of("Ask an obvious question"), reminded);
    }

    @Test
    void timesAlreadyPastAtStartNeverBringABurstOfReminders() {
        plan("Yesterday evening", TODAY.minusDays(1), "20:00");
        plan("Early this morning", TODAY, "07:00");
        plan("A minute before the start", TODAY, "07:59");
        start(true);

        at("2026-11-24T08:00:00Z");
        assertEquals(List.of(), reminded);
    }

    @Test
    void plansAddedOrSetAsideWhileRunningAreHeard() {
        start(true);
        Exposure later = plan("Send the update with one typo", TODAY, "08:45");
        Exposure setAside = plan("Ask an obvious question", TODAY, "08:50");
        plan("A time already gone", TODAY, "07:30");
        schedule.plansChanged();
        session.planner().notNow(setAside.id());
        schedule.plansChanged();

        at("2026-11-23T10:00:00Z");
        assertEquals(List.of("Send the update with one typo"), reminded);
        assertEquals(later.plan().mistake(), reminded.get(0));
    }

    @Test
    void aNewDayIsToldOnceItBegins() {
        start(false);
        at("2026-11-23T23:59:00Z");
        assertEquals(0, newDays.get());
        at("2026-11-24T00:01:00Z");
        assertEquals(1, newDays.get());
    }

    /** A clock that stays where the test puts it. */
    static final class HandClock extends Clock {

        private Instant now;

        HandClock(Instant start) {
            now = start;
        }

        synchronized void set(Instant instant) {
            now = instant;
        }

        @Override
        public synchronized Instant instant() {
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

    /** A timer whose time passes only when the test moves its clock; work runs on the test's thread. */
    static final class HandTimer implements ReminderTimer {

        private final HandClock clock;
        private final List<Waiting> waiting = new ArrayList<>();
        private boolean closed;

        HandTimer(HandClock clock) {
            this.clock = clock;
        }

        @Override
        public void execute(Runnable work) {
            if (!closed) {
                work.run();
            }
        }

        @Override
        public Runnable schedule(Runnable work, Duration delay) {
            Waiting each = new Waiting(clock.instant().plus(delay), work);
            waiting.add(each);
            return () -> waiting.remove(each);
        }

        /** Moves the clock to {@code end}, running each piece of work when its time comes. */
        void advanceTo(Instant end) {
            while (!closed) {
                Waiting next = waiting.stream().min(Comparator.comparing(Waiting::due)).orElse(null);
                if (next == null || next.due().isAfter(end)) {
                    break;
                }
                waiting.remove(next);
                clock.set(next.due());
                next.work().run();
            }
            clock.set(end);
        }

        @Override
        public void close() {
            closed = true;
            waiting.clear();
        }

        private record Waiting(Instant due, Runnable work) {
        }
    }
}
