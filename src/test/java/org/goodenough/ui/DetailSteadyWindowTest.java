package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import org.goodenough.domain.Exposure;
import org.goodenough.planner.JournalSession;
import org.goodenough.ui.detail.ExposureDetailView;
import org.goodenough.ui.detail.ExposureDetailViewModel;
import org.goodenough.ui.journal.JournalViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What an exposure's page reads after it shows (the ladder's name) never moves its buttons: a
 * person about to click "Delete…" must not find "Change ratings" under the pointer instead.
 */
class DetailSteadyWindowTest {

    @TempDir
    Path folder;
    private JournalSession session;
    /** The page's scene, from one turn of the FX thread to the next. */
    private Scene stash;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theButtonsStayPutWhenTheLaddersNameArrives() throws Exception {
        session = JournalSession.open(folder.resolve("journal.db"), Clock.systemDefaultZone());
        Exposure rung = SampleJournal.fill(session);
        assertNotNull(rung.plan().ladderId(), "the sample's exposure is a rung of a ladder");
        HeldTaskRunner tasks = new HeldTaskRunner();

        double[] before = WaitForAsyncUtils.asyncFx(() -> {
            ExposureDetailViewModel model = new ExposureDetailViewModel(session, tasks,
                    new JournalViewModel(session, tasks), rung);
            Scene scene = new Scene(new ExposureDetailView(model), 900, 700);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            stash = scene;
            return new double[] {top(scene, "#delete"), top(scene, "#doAgain")};
        }).get(10, TimeUnit.SECONDS);

        double[] after = WaitForAsyncUtils.asyncFx(() -> {
            tasks.finishAll();
            stash.getRoot().applyCss();
            stash.getRoot().layout();
            Hyperlink ladder = (Hyperlink) stash.lookup("#detailLadder");
            assertTrue(ladder.isVisible() && ladder.getText().contains("Visible mistakes at work"),
                    "the ladder's name arrived: " + ladder.getText());
            return new double[] {top(stash, "#delete"), top(stash, "#doAgain")};
        }).get(10, TimeUnit.SECONDS);

        assertEquals(before[0], after[0], 0.5, "Delete… stays where it was");
        assertEquals(before[1], after[1], 0.5, "Do it again stays where it was");
    }

    @Test
    void anExposureOnNoLadderKeepsNoLineForOne() throws Exception {
        session = JournalSession.open(folder.resolve("journal.db"), Clock.systemDefaultZone());
        SampleJournal.fill(session);
        Exposure alone = session.planner().list(org.goodenough.domain.JournalSection.UPCOMING, 0, 50)
                .stream().filter(each -> each.plan().ladderId() == null).findFirst().orElseThrow();
        HeldTaskRunner tasks = new HeldTaskRunner();

        boolean[] managed = WaitForAsyncUtils.asyncFx(() -> {
            ExposureDetailViewModel model = new ExposureDetailViewModel(session, tasks,
                    new JournalViewModel(session, tasks), alone);
            Scene scene = new Scene(new ExposureDetailView(model), 900, 700);
            scene.getRoot().applyCss();
            Node ladder = scene.lookup("#detailLadder");
            boolean before = ladder.isManaged();
            tasks.finishAll();
            return new boolean[] {before, ladder.isManaged()};
        }).get(10, TimeUnit.SECONDS);

        assertTrue(!managed[0] && !managed[1], "no empty line above the buttons");
    }

    @Test
    void aMistakeRepeatedFortyTimesListsTheFirstTheLatestAndCountsTheRest() throws Exception {
        session = JournalSession.open(folder.resolve("journal.db"), Clock.systemDefaultZone());
        Exposure each = session.planner().plan(org.goodenough.planner.PlanInput.of(
                "Send the daily note with one typo left in"));
        for (int time = 1; time <= 40; time++) {
            each = session.planner().markDone(each.id(),
                    new org.goodenough.planner.DistressInput("30", "40", "10"));
            if (time < 40) {
                each = session.planner().repeat(each.id());
            }
        }
        Exposure latest = each;
        HeldTaskRunner tasks = new HeldTaskRunner();

        List<String> lines = WaitForAsyncUtils.asyncFx(() -> {
            ExposureDetailViewModel model = new ExposureDetailViewModel(session, tasks,
                    new JournalViewModel(session, tasks), latest);
            Scene scene = new Scene(new ExposureDetailView(model), 900, 700);
            tasks.finishAll();
            scene.getRoot().applyCss();
            Node facts = scene.getRoot().lookupAll(".facts-title").stream()
                    .filter(title -> "Repeats of this mistake".equals(((Labeled) title).getText()))
                    .findFirst().orElseThrow().getParent();
            return ((javafx.scene.Parent) facts).getChildrenUnmodifiable().stream()
                    .filter(node -> node.getStyleClass().contains("fact-name")
                            || node.getStyleClass().contains("fact-aside"))
                    .map(node -> ((Labeled) node).getText()).toList();
        }).get(10, TimeUnit.SECONDS);

        assertEquals(8, lines.size(), String.join(" | ", lines));
        assertTrue(lines.get(0).startsWith("Time 1, done"), lines.get(0));
        assertEquals("… 33 more times in between …", lines.get(1));
        assertTrue(lines.get(2).startsWith("Time 35, done"), lines.get(2));
        assertTrue(lines.get(7).startsWith("Time 40 (this one), done"), lines.get(7));
    }

    private static double top(Scene scene, String query) {
        Node node = scene.lookup(query);
        assertNotNull(node, query);
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return bounds.getMinY();
    }
}
