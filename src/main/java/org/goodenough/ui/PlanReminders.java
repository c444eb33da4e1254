package org.goodenough.ui;

import java.time.Clock;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import org.goodenough.domain.Exposure;
import org.goodenough.planner.JournalSession;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.journal.JournalViewModel;
import org.goodenough.ui.settings.SettingsViewModel;
import org.goodenough.ui.today.DesktopNotifier;
import org.goodenough.ui.today.ReminderSchedule;
import org.goodenough.ui.today.ReminderThread;
import org.goodenough.ui.today.TodayViewModel;

/**
 * Reminds of the person's own plans at their times (never of the demo's made-up ones), through
 * the system's notifications, or in the window when the system shows none. It follows one
 * journal at a time, and the notifications setting as it changes.
 */
final class PlanReminders implements AutoCloseable {

    private final SettingsViewModel settings;
    private final DesktopNotifier notifier;
    private final Clock clock;
    private ReminderSchedule schedule;
    private ChangeListener<Boolean> notificationsChanged;

    PlanReminders(SettingsViewModel settings, DesktopNotifier notifier, Clock clock) {
        this.settings = settings;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Reminds of the plans of {@code opened}, shown in {@code window}, from now on; call it
     * before the window's first read, which tells the schedule the plans.
     */
    void follow(JournalSession opened, JournalViewModel window) {
        stop();
        TodayViewModel today = window.today();
        ReminderSchedule made = new ReminderSchedule(opened.planner(), clock, new ReminderThread(),
                settings.notificationsProperty().get(), plan -> remind(today, plan),
                () -> Platform.runLater(today::load));
        window.afterEachRead(made::plansChanged);
        notificationsChanged = (observable, old, on) -> made.setOn(on);
        settings.notificationsProperty().addListener(notificationsChanged);
        schedule = made;
    }

    /** Stops reminding of the journal followed, if any: it is being closed. */
    void stop() {
        if (schedule != null) {
            settings.notificationsProperty().removeListener(notificationsChanged);
            schedule.close();
            schedule = null;
        }
    }

    @Override
    public void close() {
        stop();
        notifier.close();
    }

    /** On the reminder thread: the system's notification, or the window's own notice. */
    private void remind(TodayViewModel today, Exposure plan) {
        if (!notifier.show(Texts.get("today.notificationTitle"), TodayViewModel.reminderText(plan))) {
            Platform.runLater(() -> today.remindInWindow(plan));
        }
    }
}
