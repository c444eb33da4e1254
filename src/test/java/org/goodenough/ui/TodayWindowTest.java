package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.goodenough.domain.Exposure;
import org.goodenough.planner.DistressInput;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PlanInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Today panel and the Settings page in the real window, used by clicks: a plan opened,
 * done and set aside from Today; reminders and daily backups turned off in Settings, and those
 * choices still there after the app starts again.
 */
class TodayWindowTest {

    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void close() throws Exception {
        window.stopAtUsualSize();
    }

    @Test
    void todaysPlansAreOpenedDoneAndSetAsideByClicksAndSettingsAreKept() throws Exception {
        Path journal = journal(session -> {
            plan(session, "Leave the bed unmade", TODAY.minusDays(2));
            plan(session, "Ask an obvious question in the meeting", TODAY);
            plan(session, "Share the rough draft", TODAY);
            plan(session, "Arrive just on time tomorrow", TODAY.plusDays(1));
            Exposure done = plan(session, "Already done yesterday", TODAY.minusDays(1));
            session.planner().markDone(done.id(), new DistressInput("", "", ""));
        });
        Path settings = folder.resolve("settings.json");
        window.start(journal, settings);
        window.await("#today");
        assertEquals(List.of("Leave the bed unmade", "Ask an obvious question in the meeting",
                "Share the rough draft"), shownInToday());

        window.clickOn("Ask an obvious question in the meeting");
        window.awaitText("#detailTitle", "Ask an obvious question in the meeting");

        window.clickOn(buttonOf("Leave the bed unmade", ".today-not-now"));
        window.waitFor(() -> !shownInToday().contains("Leave the bed unmade"));
        window.clickOn("#tabNOT_NOW");
        window.waitFor(() -> mistakesIn("#listNOT_NOW").contains("Leave the bed unmade"));

        window.clickOn(buttonOf("Ask an obvious question in the meeting", ".today-did-it"));
        window.await("#distressBefore");
        window.waitFor(() -> mistakesIn("#listDONE").contains("Ask an obvious question in the meeting"));
        assertEquals(List.of("Share the rough draft"), shownInToday());

        window.clickOn("#help").clickOn("#showSettings");
        window.await("#settingsPage");
        window.clickOn("#settingsReminders");
        window.waitFor(() -> !window.lookup("#today").query().isVisible());
        window.clickOn("#settingsDailyBackups");
        window.stop();

        JsonNode kept = new ObjectMapper().readTree(settings.toFile());
        assertFalse(kept.get("reminders").booleanValue());
        assertFalse(kept.get("dailyBackups").booleanValue());
        assertTrue(kept.get("notifications").booleanValue());

        window.start(journal, settings);
        window.await("#welcome");
        assertFalse(window.lookup("#today").query().isVisible(), "reminders stay off");
        window.push(KeyCode.CONTROL, KeyCode.COMMA);
        window.await("#settingsPage");
        assertFalse(window.lookup("#settingsReminders").<CheckBox>query().isSelected());
        assertFalse(window.lookup("#settingsDailyBackups").<CheckBox>query().isSelected());
        window.clickOn("#settingsReminders");
        window.await("#today");
        assertEquals(List.of("Share the rough draft"), shownInToday());
    }

    @Test
    void withDailyBackupsOffNoCopyIsMadeOnOpening() throws Exception {
        Path journal = journal(session -> plan(session, "Leave the bed unmade", TODAY));
        Path settings = folder.resolve("settings.json");
        Files.writeString(settings, "{\"dailyBackups\": false}");
        window.start(journal, settings);
        window.await("#today");
        // A choice made now is written on the journal's worker after the day's copy would be.
        window.push(KeyCode.CONTROL, KeyCode.COMMA);
        window.clickOn("#settingsNotifications");
        window.waitFor(() -> !new ObjectMapper().readTree(settings.toFile())
                .path("notifications").asBoolean(true));
        assertEquals(0, backups());

        window.clickOn("#settingsDailyBackups");
        window.stop();
        window.start(journal, settings);
        window.await("#today");
        window.waitFor(() -> backups() == 1);
    }

    @Test
    void manyPlansWaitingLeaveTheListsTheirRoomInASmallWindow() throws Exception {
        Path journal = journal(session -> {
            for (int i = 1; i <= 30; i++) {
                plan(session, "A small mistake planned for today, number " + i, TODAY);
            }
        });
        window.start(journal, folder.resolve("settings.json"));
        window.interact(() -> {
            window.stage().setWidth(1024);
            window.stage().setHeight(700);
        });
        window.await("#today");
        WaitForAsyncUtils.waitForFxEvents();
        Node today = window.lookup("#today").query();
        TabPane lists = window.lookup(".sections").query();
        double sceneHeight = lists.getScene().getHeight();
        assertTrue(today.getBoundsInParent().getHeight() < sceneHeight * 0.4,
                "the Today panel stays small: " + today.getBoundsInParent().getHeight());
        assertTrue(lists.getHeight() > sceneHeight * 0.45, "the lists keep their room: "
                + lists.getHeight() + " of " + sceneHeight);
        assertTrue(lists.localToScene(lists.getBoundsInLocal()).getMaxY() <= sceneHeight + 0.5);
    }

    private interface Filling {
        void fill(JournalSession session);
    }

    private Path journal(Filling filling) {
        Path journal = folder.resolve("journal.db");
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            session.preferences().markSafetyNoteRead();
            filling.fill(session);
        }
        return journal;
    }

    private static Exposure plan(JournalSession session, String mistake, LocalDate day) {
        return session.planner().plan(new PlanInput(mistake, null, null, day.toString(), null,
                null, null, null, null, null, null, null, null));
    }

    private List<String> shownInToday() {
        WaitForAsyncUtils.waitForFxEvents();
        return window.lookup("#today .today-mistake").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
    }

    private Button buttonOf(String mistake, String kind) {
        Node entry = window.lookup("#today .today-entry").match((Node each) ->
                ((Hyperlink) each.lookup(".today-mistake")).getText().equals(mistake)).query();
        return (Button) entry.lookup(kind);
    }

    private List<String> mistakesIn(String list) {
        return window.lookup(list).<ListView<Exposure>>query().getItems().stream()
                .map(each -> each.plan().mistake()).toList();
    }

    private long backups() throws Exception {
        Path kept = folder.resolve("backups");
        if (!Files.isDirectory(kept)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(kept)) {
            return files.filter(each -> each.getFileName().toString().contains("daily")).count();
        }
    }
}
