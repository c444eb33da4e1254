package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.Outcome;
import org.goodenough.planner.DistressInput;
import org.goodenough.planner.InsightPeriod;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PlanInput;
import org.goodenough.planner.ReflectionInput;
import org.goodenough.planner.SearchResults;
import org.goodenough.ui.detail.ExposureDetailViewModel;
import org.goodenough.ui.insights.InsightsViewModel;
import org.goodenough.ui.journal.JournalViewModel;
import org.goodenough.ui.search.SearchViewModel;
import org.goodenough.ui.timeline.LearningTimelineViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search, insights and timeline view-models on a real journal, without the toolkit. */
class LookingBackViewModelTest {

    @TempDir
    Path folder;
    private JournalSession session;

    @BeforeEach
    void open() {
        session = JournalSession.open(folder.resolve("journal.db"), Clock.systemUTC());
        for (String mistake : List.of("Send a message with a typo", "Send a plain reply",
                "Leave the bed unmade")) {
            session.planner().plan(PlanInput.of(mistake));
        }
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static List<String> mistakes(SearchViewModel search) {
        return search.found().stream().map(SearchResults.Found::exposure)
                .map(exposure -> exposure.plan().mistake()).toList();
    }

    @Test
    void whileOneSearchRunsOnlyTheLatestWordsAreSearchedNext() {
        HeldTaskRunner tasks = new HeldTaskRunner();
        JournalViewModel journal = new JournalViewModel(session, tasks);
        SearchViewModel search = new SearchViewModel(session, tasks, journal);
        tasks.finishAll();
        assertEquals(3, search.found().size(), "no words: everything");

        search.wordsProperty().set("s");
        search.wordsProperty().set("se");
        search.wordsProperty().set("sen");
        search.wordsProperty().set("send typo");
        assertEquals(1, tasks.waiting(), "one search runs; the rest wait as one");
        tasks.finishOne();
        assertEquals(3, search.found().size(), "the answer to \"s\" is not shown, being stale");
        assertEquals(1, tasks.waiting());
        tasks.finishOne();
        assertEquals(List.of("Send a message with a typo"), mistakes(search));
        assertEquals(0, tasks.waiting());
        assertEquals("1 exposure found", search.countText().get());
    }

    @Test
    void searchSaysWhatToTryAndOpensWhatItFound() {
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        JournalViewModel journal = new JournalViewModel(session, tasks);
        journal.showSearch();
        SearchViewModel search = (SearchViewModel) journal.pageProperty().get();
        search.wordsProperty().set("zebra");
        assertEquals("Nothing found. Fewer or shorter words, or fewer filters, may find more.",
                search.countText().get());
        search.wordsProperty().set("");
        search.statusProperty().set(ExposureStatus.PLANNED);
        assertEquals("3 exposures found", search.countText().get());
        search.fromProperty().set(java.time.LocalDate.of(2030, 1, 2));
        search.toProperty().set(java.time.LocalDate.of(2030, 1, 1));
        assertEquals("The first day comes after the last one. Swap them, or choose other days.",
                search.periodProblemProperty().get());
        search.clearFilters();
        assertEquals("", search.periodProblemProperty().get());

        search.wordsProperty().set("bed");
        search.open(search.found().get(0));
        assertTrue(journal.pageProperty().get() instanceof ExposureDetailViewModel);
        journal.showSearch();
        assertEquals(search, journal.pageProperty().get(), "the same search, words and all");
        assertEquals("bed", search.wordsProperty().get());
    }

    @Test
    void insightsReadAgainWhenTheChoiceChangesAndTheTimelineOpensItsExposure() {
        Exposure bed = session.planner().find(3).orElseThrow();
        session.planner().markDone(bed.id(), new DistressInput(null, "20", null));
        session.planner().reflect(bed.id(), new ReflectionInput(null, Outcome.NO, null, null,
                null, "Nobody checks my bed", "5"));

        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        JournalViewModel journal = new JournalViewModel(session, tasks);
        journal.showInsights();
        InsightsViewModel insights = (InsightsViewModel) journal.pageProperty().get();
        assertEquals("In your one exposure so far, what you feared did not happen.",
                insights.reportProperty().get().calibration().caption());
        insights.periodProperty().set(InsightPeriod.LAST_30_DAYS);
        assertEquals("In your one exposure in the last 30 days, what you feared did not happen.",
                insights.reportProperty().get().calibration().caption());
        assertNull(insights.seriesProperty().get(), "nothing was repeated");

        journal.showLearned();
        LearningTimelineViewModel learned = (LearningTimelineViewModel) journal.pageProperty().get();
        assertEquals(1, learned.totalProperty().get());
        learned.open(learned.learnings().get(0));
        assertEquals(bed.id(), journal.chosenIdProperty().get());
        session.planner().delete(session.planner().askToDelete(bed.id()));
        journal.showLearned();
        assertEquals(0, learned.totalProperty().get(), "coming back reads the timeline again");
    }

    @Test
    void aLadderChosenAsAFilterFollowsItsRenameAndGoesWhenItIsDeleted() {
        var ladders = session.ladders();
        var work = ladders.create(new org.goodenough.planner.LadderInput("Work", null, null));
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        JournalViewModel journal = new JournalViewModel(session, tasks);
        journal.showSearch();
        SearchViewModel search = (SearchViewModel) journal.pageProperty().get();
        search.ladderProperty().set(search.ladders().get(0));
        assertEquals("Nothing found. Fewer or shorter words, or fewer filters, may find more.",
                search.countText().get());

        ladders.edit(work.id(), new org.goodenough.planner.LadderInput("Work, renamed", null, null));
        journal.showSearch();
        assertEquals("Work, renamed", search.ladderProperty().get().name());

        ladders.delete(work.id());
        journal.showSearch();
        assertNull(search.ladderProperty().get(), "a ladder that is gone is no longer a filter");
        assertEquals("3 exposures found", search.countText().get());
    }
}
