package org.goodenough.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.goodenough.domain.Exposure;
import org.goodenough.planner.DistressInput;
import org.goodenough.planner.ExposurePlanner;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;

/**
 * The Today panel: plans for today, and earlier ones still waiting, each a click from being
 * opened, done or set aside. Also holds a reminder the window shows itself when the system
 * shows none. Never counts or names what was not done.
 */
public final class TodayViewModel {

    /** How many plans the panel shows at most; the lists hold the rest. */
    public static final int SHOWN = 20;
    private static final int REMINDER_LENGTH = 80;

    private final ExposurePlanner planner;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final Clock clock;
    private final ObservableList<Exposure> waiting = FXCollections.observableArrayList();
    private final BooleanBinding shown;
    private final ReadOnlyObjectWrapper<Exposure> reminder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean acting;

    /** @param remindersOn whether the person wants the panel at all (a setting) */
    public TodayViewModel(ExposurePlanner planner, TaskRunner tasks, Navigator navigator,
            ObservableBooleanValue remindersOn, Clock clock) {
        this.planner = planner;
        this.tasks = tasks;
        this.navigator = navigator;
        this.clock = clock;
        this.shown = Bindings.createBooleanBinding(() -> remindersOn.get() && !waiting.isEmpty(),
                remindersOn, waiting);
    }

    /** Reads today's plans afresh: when the journal opens, after every change, on a new day. */
    public void load() {
        tasks.run(() -> planner.waitingToday(SHOWN), this::show,
                failure -> message.set(Failures.describe(failure)));
    }

    /** Shows {@code read}, today's plans read elsewhere (up to {@link #SHOWN}), as a load would. */
    public void show(List<Exposure> read) {
        waiting.setAll(read);
        message.set("");
    }

    /** Plans for today and earlier ones still waiting, earliest first. */
    public ObservableList<Exposure> waiting() {
        return waiting;
    }

    /** Whether the panel is shown: the setting is on and something waits. */
    public BooleanBinding shownProperty() {
        return shown;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The quiet line under a plan: its time today, or the day it was planned for. */
    public String when(Exposure plan) {
        LocalDate day = plan.plan().date();
        boolean today = day == null || !day.isBefore(LocalDate.now(clock));
        if (today) {
            return plan.plan().time() == null ? Texts.get("today.today")
                    : Texts.format("today.todayAt", Wording.time(plan.plan().time()));
        }
        return Texts.format("today.earlier", Wording.day(day));
    }

    public void open(Exposure plan) {
        navigator.openExposure(plan.id());
    }

    /**
     * Marks the plan done at once, then offers the "I did it" step, where the distress
     * ratings may be added or left out.
     */
    public void didIt(Exposure plan) {
        act("markDone", () -> planner.markDone(plan.id(), new DistressInput("", "", "")), done -> {
            navigator.journalChanged();
            navigator.showDidIt(done);
        });
    }

    /** Sets the plan aside under Not now, without blame. */
    public void notNow(Exposure plan) {
        act("notNow", () -> planner.notNow(plan.id()), navigator::showExposure);
    }

    /**
     * One action at a time; clicks while one runs are let be. A failure names the
     * {@code action} ({@code common.failure.action.} followed by it).
     */
    private void act(String action, Callable<Exposure> work, Consumer<Exposure> then) {
        if (acting) {
            return;
        }
        acting = true;
        tasks.run(work, changed -> {
            acting = false;
            then.accept(changed);
        }, failure -> {
            acting = false;
            message.set(Failures.describe(failure, action));
            load();
        });
    }

    /** The words of a reminder for {@code plan}, with its mistake shortened. */
    public static String reminderText(Exposure plan) {
        return Texts.format("today.reminder", Wording.shortened(plan.plan().mistake(),
                REMINDER_LENGTH));
    }

    /** Shows a reminder in the window, for when the system shows none; on the FX thread. */
    public void remindInWindow(Exposure plan) {
        reminder.set(plan);
    }

    /** A reminder the window shows itself, or null. */
    public ReadOnlyObjectProperty<Exposure> reminderProperty() {
        return reminder.getReadOnlyProperty();
    }

    /** Opens the plan the window's reminder is about, and lets the reminder go. */
    public void openReminder() {
        Exposure plan = reminder.get();
        reminder.set(null);
        if (plan != null) {
            open(plan);
        }
    }

    public void dismissReminder() {
        reminder.set(null);
    }
}
