package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.goodenough.domain.Exposure;
import org.goodenough.planner.DistressInput;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PlanInput;
import org.goodenough.planner.ReflectionInput;
import org.goodenough.ui.insights.InsightsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The insights, search and the learning timeline, used through the window on a seeded journal. */
class InsightsWindowTest {

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void theCaptionsReadTheSeededFigures() throws Exception {
        Path journal = folder.resolve("journal.db");
        SampleJournal.history(journal);
        window.start(journal);
        window.await("#welcome");

        window.clickOn("#showInsights");
        // 16 done: "did not happen" 14 times, "partly" once, "happened" once.
        window.awaitText("#calibrationCaption", "In 14 of your 16 exposures so far, what you"
                + " feared did not happen; in 1 it partly did.");
        window.await("#calibrationChart");
        window.await("#repeatsChart");
        window.awaitText("#repeatsCaption", "Across the 4 times you did “Send the weekly update"
                + " with one typo left in”, your distress peaked at 60 the first time and at 25"
                + " the latest time.");

        window.clickOn("#insightPeriod");
        window.clickOn("The last 30 days");
        // From 26 days ago: 8 done, 6 "did not happen", 1 "partly", 1 "happened".
        window.awaitText("#calibrationCaption", "In 6 of your 8 exposures in the last 30 days,"
                + " what you feared did not happen; in 1 it partly did.");

        window.clickOn("#insightCategory");
        window.clickOn("Checking and lists");
        window.awaitText("#calibrationCaption", "In both of your exposures in the last 30 days,"
                + " what you feared did not happen.");
        window.awaitText("#areasCaption", "You did 2 exposures in the last 30 days, all about"
                + " checking and lists.");

        window.clickOn("#insightPeriod");
        window.clickOn("Between two days");
        window.type("#insightFrom", "2999-01-01");
        window.type("#insightTo", "2000-01-01");
        window.push(KeyCode.ENTER);
        window.awaitText("#periodProblem", "The first day comes after the last one. Swap them,"
                + " or choose other days.");
        window.waitFor(() -> !window.lookup(".insight-figures").query().isVisible());
    }

    @Test
    void comingBackToInsightsFindsThePageAsLeftWithoutDrawingItAgain() throws Exception {
        Path journal = folder.resolve("journal.db");
        SampleJournal.history(journal);
        window.start(journal);
        window.await("#welcome");

        window.clickOn("#showInsights");
        Node chart = window.await("#calibrationChart");
        window.await("#repeatsChart");
        InsightsView page = window.lookup(node -> node instanceof InsightsView).query();
        window.interact(() -> page.setVvalue(page.getVmax()));
        List<String> refilled = new java.util.ArrayList<>();
        for (String box : List.of("#repeatedSeries", "#insightLadder")) {
            window.lookup(box).queryAs(ComboBox.class).getItems().addListener(
                    (javafx.collections.ListChangeListener<Object>) change -> refilled.add(box));
        }

        window.clickOn("#showLibrary");
        window.await("#library");
        window.clickOn("#showInsights");
        // The journal's one worker reads in turn: once the search has answered, the figures
        // read again for this visit have come back as well.
        window.clickOn("#showSearch");
        window.write("verdi");
        window.awaitText("#searchCount", "1 exposure found");
        window.interact(() -> assertSame(chart, page.lookup("#calibrationChart"),
                "the same figures leave the chart as it was drawn"));
        assertEquals(List.of(), refilled, "the same series and ladders leave the choices alone");

        window.clickOn("#showInsights");
        window.waitFor(() -> chart.getScene() != null);
        assertSame(page, window.lookup(node -> node instanceof InsightsView).query());
        assertEquals(page.getVmax(), page.getVvalue(), "the page is scrolled as it was left");
    }

    @Test
    void showMoreAddsTheNextAnswersAndLeavesTheShownOnesAsTheyAre() throws Exception {
        Path journal = folder.resolve("journal.db");
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            for (int i = 1; i <= 70; i++) {
                Exposure done = session.planner().plan(new PlanInput("Mistake " + i, null, null,
                        null, null, null, null, null, null, null, null, null, null));
                session.planner().markDone(done.id(), new DistressInput(null, null, null));
                session.planner().reflect(done.id(), new ReflectionInput(null, null, null, null,
                        null, "Lesson " + i, null));
            }
        }
        window.start(journal);
        window.await("#welcome");

        window.clickOn("#showLearned");
        window.waitFor(() -> window.lookup("#learnings .learning").queryAll().size() == 50);
        Node first = window.lookup("#learnings .learning").query();
        window.reach("#moreLearned");
        window.waitFor(() -> window.lookup("#learnings .learning").queryAll().size() == 70);
        assertSame(first, window.lookup("#learnings .learning").query(),
                "the answers shown before are not built again");
        List<String> lessons = window.lookup("#learnings .learning-text").queryAllAs(
                javafx.scene.control.Label.class).stream().map(label -> label.getText()).toList();
        assertEquals("Lesson 70", lessons.get(0), "newest first");
        assertEquals("Lesson 1", lessons.get(69));
        assertEquals(70, new java.util.HashSet<>(lessons).size(), "each answer once");
        assertFalse(window.lookup("#moreLearned").query().getParent().isVisible(),
                "nothing more to show");
    }

    @Test
    void aSearchFindsAWordFromAReflectionAndOpensIt() throws Exception {
        Path journal = folder.resolve("journal.db");
        SampleJournal.history(journal);
        window.start(journal);
        window.await("#welcome");

        window.clickOn("#showSearch");
        window.await("#searchWords");
        window.write("verdi");
        window.awaitText("#searchCount", "1 exposure found");
        List<String> marked = window.lookup("#searchResults .search-match").queryAllAs(Text.class)
                .stream().map(Text::getText).toList();
        assertEquals(List.of("verdict"), marked, "the matching word is set apart");
        assertTrue(window.lookup("#searchResults .search-where").queryAllAs(Text.class).stream()
                .anyMatch(where -> where.getText().startsWith("What I learned")));

        window.push(KeyCode.DOWN);
        window.push(KeyCode.ENTER);
        window.awaitText("#detailTitle", "Mispronounce a word in the team meeting and carry on");

        // Coming back finds the search as it was left; a filter narrows it further.
        window.clickOn("#showSearch");
        window.awaitText("#searchWords", "verdi");
        window.awaitText("#searchCount", "1 exposure found");
        window.clickOn("#searchCategory");
        window.clickOn("Social");
        window.awaitText("#searchCount", "Nothing found. Fewer or shorter words, or fewer"
                + " filters, may find more.");
        window.clickOn("#clearFilters");
        window.awaitText("#searchCount", "1 exposure found");
    }

    @Test
    void theTimelineOpensTheExposureAnAnswerCameFrom() throws Exception {
        Path journal = folder.resolve("journal.db");
        SampleJournal.history(journal);
        window.start(journal);
        window.await("#welcome");

        window.clickOn("#showLearned");
        window.await("#learnings .learning");
        // Newest first: the report two days ago leads.
        Node first = window.lookup("#learnings .learning-text").query();
        assertEquals("Two drafts were enough. My manager asked one question.",
                ((javafx.scene.control.Label) first).getText());
        window.clickOn("#learnedCategory");
        window.clickOn("Home and order");
        window.waitFor(() -> window.lookup("#learnings .learning").queryAll().size() == 1);
        window.clickOn(window.lookup("#learnings .hyperlink").<Node>query());
        window.awaitText("#detailTitle", "Leave the dishes in the sink overnight");
    }
}
