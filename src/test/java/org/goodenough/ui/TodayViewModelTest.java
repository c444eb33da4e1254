package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.goodenough.DayClock;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.DistressInput;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PlanInput;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;
import org.goodenough.ui.detail.ExposureDetailViewModel;
import org.goodenough.ui.doing.DidItViewModel;
import org.goodenough.ui.journal.JournalViewModel;
import org.goodenough.ui.journal.Reopener;
import org.goodenough.ui.language.LanguageViewModel;
import org.goodenough.ui.settings.SettingsViewModel;
import org.goodenough.ui.theme.ThemeViewModel;
import org.goodenough.ui.today.TodayViewModel;
import org.goodenough.ui.zoom.ZoomViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Today panel and the settings, without the toolkit, on a fixed day (23 November 2026). */
class TodayViewModelTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @TempDir
    Path folder;
    private JournalSession session;
    private ZoomViewModel zoom;
    private SettingsViewModel settings;
    private JournalViewModel journal;
    private TodayViewModel today;

    @BeforeEach
    void open() {
        session = JournalSession.open(folder.resolve("journal.db"),
                new DayClock("2026-11-23T08:00:00Z"));
        AppPreferences preferences = AppPreferences.at(folder.resolve("settings.json"));
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        zoom = new ZoomViewModel(preferences);
        settings = new SettingsViewModel(preferences, tasks, zoom,
                new ThemeViewModel(preferences, tasks), new LanguageViewModel(preferences, tasks));
        journal = new JournalViewModel(session, tasks, Reopener.NONE, Runnable::run, settings);
        today = journal.today();
    }

    @AfterEach
    void close() {
        zoom.close();
        session.close();
    }

    private Exposure plan(String mistake, LocalDate day, String time) {
        return session.planner().plan(new PlanInput(mistake, null, null,
                day == null ? null : day.toString(), time, null, null, null, null, null, null,
                null, null));
    }

    private List<String> waiting() {
        return today.waiting().stream().map(each -> each.plan().mistake()).toList();
    }

    @Test
    void todayShowsTodaysPlansAndEarlierOnesStillWaitingInGentleWords() {
        plan("Send the update with one typo", TODAY, "09:30");
        plan("Leave the bed unmade", TODAY.minusDays(3), null);
        plan("Ask an obvious question", TODAY.plusDays(1), "10:00");
        plan("Pick a lunch at random", null, null);
        Exposure done = plan("Share a rough draft", TODAY.minusDays(1), null);
        session.planner().markDone(done.id(), new DistressInput("", "", ""));
        Exposure setAside = plan("Arrive just on time", TODAY, null);
        session.planner().notNow(setAside.id());

        journal.load();

        assertEquals(List.of("Leave the bed unmade", "Send the update with one typo"), waiting());
        assertTrue(today.shownProperty().get());
        String earlier = today.when(today.waiting().get(0));
        String todays = today.when(today.waiting().get(1));
        assertEquals(Texts.format("today.earlier", Wording.day(TODAY.minusDays(3))), earlier);
        assertEquals(Texts.format("today.todayAt", Wording.time(LocalTime.of(9, 30))), todays);
        for (String line : List.of(earlier, todays, Texts.get("today.note"))) {
            String lower = line.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("overdue") || lower.contains("missed")
                    || lower.contains("late"), line);
        }
    }

    @Test
    void iDidItMarksThePlanDoneAtOnceAndOffersTheRatings() {
        Exposure plan = plan("Send the update with one typo", TODAY, null);
        journal.load();

        today.didIt(today.waiting().get(0));

        assertEquals(ExposureStatus.DONE, session.planner().find(plan.id()).orElseThrow().status());
        DidItViewModel didIt = assertInstanceOf(DidItViewModel.class, journal.pageProperty().get());
        assertEquals(plan.id(), didIt.exposure().id());
        assertTrue(today.waiting().isEmpty());
        assertFalse(today.shownProperty().get(), "nothing waits, so the panel goes");
    }

    @Test
    void notNowSetsThePlanAsideAndOpenShowsIt() {
        Exposure first = plan("Leave the bed unmade", TODAY.minusDays(2), null);
        Exposure second = plan("Send the update with one typo", TODAY, "16:00");
        journal.load();

        today.open(today.waiting().get(1));
        assertEquals(second.id(), assertInstanceOf(ExposureDetailViewModel.class,
                journal.pageProperty().get()).exposure().id());

        today.notNow(today.waiting().get(0));
        assertEquals(ExposureStatus.NOT_NOW, session.planner().find(first.id()).orElseThrow().status());
        assertEquals(List.of("Send the update with one typo"), waiting());
    }

    @Test
    void turningRemindersOffHidesThePanelAtOnceAndIsRemembered() {
        plan("Send the update with one typo", TODAY, null);
        journal.load();
        assertTrue(today.shownProperty().get());

        settings.remindersProperty().set(false);
        assertFalse(today.shownProperty().get());
        settings.notificationsProperty().set(false);
        settings.dailyBackupsProperty().set(false);

        AppPreferences.AppSettings kept = AppPreferences.at(folder.resolve("settings.json")).settings();
        assertFalse(kept.reminders());
        assertFalse(kept.notifications());
        assertFalse(kept.dailyBackups());
        assertEquals(100, kept.zoomPercent(), "the other settings are left as they were");

        settings.remindersProperty().set(true);
        assertTrue(today.shownProperty().get());
        assertTrue(AppPreferences.at(folder.resolve("settings.json")).settings().reminders());
    }

    @Test
    void theSettingsPageOpensBesideTheLists() {
        journal.showSettings();
        assertEquals(settings, journal.pageProperty().get());
    }

    @Test
    void aReminderInTheWindowOpensItsPlanOrGoesQuietly() {
        Exposure plan = plan("Send the update with one typo", TODAY, "09:30");
        today.remindInWindow(plan);
        assertEquals(Texts.format("today.reminder", "Send the update with one typo"),
                TodayViewModel.reminderText(plan));
        today.openReminder();
        assertEquals(null, today.reminderProperty().get());
        assertEquals(plan.id(), assertInstanceOf(ExposureDetailViewModel.class,
                journal.pageProperty().get()).exposure().id());

        today.remindInWindow(plan);
        today.dismissReminder();
        assertEquals(null, today.reminderProperty().get());
    }
}
