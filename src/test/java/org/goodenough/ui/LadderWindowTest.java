package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Ladder;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.LadderInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The ladder, library and pacing screens, driven headless the way a person would. */
class LadderWindowTest {

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void pickAnIdeaPlanItOnALadderDoItRepeatItAndSeeTheSeries() throws Exception {
        Path journal = folder.resolve("journal.db");
        window.start(journal);
        window.await("#safetyNote");
        window.assertShows("Before you start");
        window.clickOn("#safetyNoteRead");

        window.clickOn("#showLadders");
        window.assertShows("No ladders yet. Start one for a fear you would like to test, such as"
                + " “If I make a visible mistake, people will think less of me.”");
        window.clickOn("#newLadder");
        window.type("#ladderName", "Visible mistakes");
        window.type("#belief", "If I make a visible mistake, people will think I am careless.");
        window.type("#beliefStrength", "80");
        window.reach("#saveLadder");
        window.awaitText("#ladderTitle", "Visible mistakes");
        window.assertShows("No rungs yet. Plan a first small step, pick one from the library, or"
                + " add an exposure you already have.");

        window.clickOn("#rungFromLibrary");
        window.await("#ideas");
        window.type("#ideaSearch", "team chat typo");
        ListView<Idea> ideas = window.await("#ideas");
        window.awaitText("#ideaCount", "1 idea");
        Idea idea = ideas.getItems().get(0);
        window.clickOn(window.from(ideas).lookup(".exposure-cell").<Node>query());
        window.clickOn("#planThis");

        window.awaitText("#mistake", idea.title());
        window.assertShows("From the idea library. Tip: " + idea.tip());
        ComboBox<Ladder> ladder = window.await("#ladder");
        window.waitFor(() -> ladder.getValue() != null);
        assertEquals("Visible mistakes", ladder.getValue().name());
        window.type("#expectedDistress", "30");
        window.type("#likelihood", "60");
        window.reach("#savePlan");

        window.awaitText("#detailTitle", idea.title());
        window.awaitText("#detailLadder", "A rung of the ladder “Visible mistakes”");
        window.clickOn("#didIt");
        window.type("#distressPeak", "45");
        window.reach("#saveDidIt");
        window.reach("#outcomeNo");
        window.type("#likelihoodAfter", "30");
        window.reach("#saveReflection");
        window.await("#reflectionFacts");

        window.reach("#doAgain");
        window.awaitText("#mistake", idea.title());
        assertEquals("30", window.text("#likelihood"), "the repeat starts from the re-rating");
        window.reach("#savePlan");
        window.await("#didIt");
        window.clickOn("#didIt");
        window.type("#distressPeak", "25");
        window.reach("#saveDidIt");
        window.reach("#outcomeNo");
        window.type("#likelihoodAfter", "15");
        window.reach("#saveReflection");

        window.await("#series");
        window.assertShows("Repeats of this mistake");
        window.assertShows("distress expected 30 / 100, peak 45 / 100; likelihood 60 % → 30 %.");
        window.assertShows("distress expected 30 / 100, peak 25 / 100; likelihood 30 % → 15 %.");

        window.reach("#detailLadder");
        window.await("#rungs");
        window.assertShows("Expected distress 30 · done 2 times · latest peak 25 / 100 ·"
                + " likelihood now 15 %");
        window.type("#beliefRating", "55");
        window.clickOn("#rateBelief");
        window.waitFor(() -> window.text("#beliefHistory").contains("→ 55 %"));
        assertTrue(window.text("#beliefHistory").startsWith("How strongly you held it: 80 %"));

        window.stop();
        window.start(journal);
        window.waitFor(() -> window.shows("Good to see you"));
        assertFalse(window.lookup("#safetyNote").tryQuery().isPresent(), "the note shows once");
    }

    @Test
    void aBigJumpGetsASmallerStepSuggestedOnceAndTheRungsCanBeReordered() throws Exception {
        Path journal = folder.resolve("journal.db");
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            session.preferences().markSafetyNoteRead();
            Ladder ladder = session.ladders().create(new LadderInput("Speaking up", null, null));
            session.planner().plan(LadderPlannerFixture.rung("Ask one question", "20", ladder.id()));
            session.planner().plan(LadderPlannerFixture.rung("Disagree in a meeting", "50", ladder.id()));
        }
        window.start(journal);
        window.clickOn("#showLadders");
        window.clickOn("Speaking up");
        window.await("#rungs");
        window.clickOn("#planRung");
        window.awaitText("#mistake", "");
        window.waitFor(() -> window.<ComboBox<Ladder>>await("#ladder").getValue() != null);
        window.reach("#cancel");
        window.await("#rungs");
        assertFalse(window.shows("What you have written in this form is not saved yet."),
                "an untouched form leaves without asking");

        window.clickOn("#planRung");
        window.type("#mistake", "Give the talk without rehearsing");
        window.type("#expectedDistress", "90");
        window.reach("#savePlan");

        window.await("#pacing");
        window.assertShows("A smaller step first?");
        window.assertShows("Start with “Ask one question”");
        window.clickOn("#keepPlan");
        window.awaitText("#detailTitle", "Give the talk without rehearsing");

        window.reach("#detailLadder");
        window.await("#rungs");
        window.assertShows("Ordered by the distress you expect. Move a rung to set your own order.");
        window.clickOn(window.lookup(".rung").nth(2).lookup(".button").<Node>query());
        window.await("#orderByDistress");
        window.assertShows("In the order you chose.");
        window.waitFor(() -> window.lookup(".rung-title").nth(1).<javafx.scene.control.Hyperlink>query()
                .getText().equals("Give the talk without rehearsing"));
    }

    @Test
    void manyLaddersAreAListThatBuildsOnlyTheRowsInViewAndOpensByClickOrEnter() throws Exception {
        Path journal = SampleJournal.emptyNoteRead(folder);
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            for (int i = 1; i <= 300; i++) {
                session.ladders().create(new LadderInput(String.format("Ladder %03d", i),
                        "If I slip, people will think less of me (" + i + ").", "60"));
            }
        }
        window.start(journal);
        window.clickOn("#showLadders");
        ListView<Ladder> ladders = window.await("#ladders");
        window.waitFor(() -> ladders.getItems().size() == 300);
        WaitForAsyncUtils.waitForFxEvents();
        int rows = window.lookup(".ladder-row").queryAll().size();
        assertTrue(rows > 0 && rows < 60, "rows built for 300 ladders: " + rows);

        // The keys go to the list as the page opens: the arrows move without leaving the page,
        // and Enter opens the ladder they are on.
        window.waitFor(ladders::isFocused);
        window.push(KeyCode.DOWN);
        window.push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.lookup("#ladders").tryQuery().isPresent(), "still on the list");
        String chosen = ladders.getFocusModel().getFocusedItem().name();
        assertEquals("Ladder 003", chosen);
        window.push(KeyCode.ENTER);
        window.awaitText("#ladderTitle", "Ladder 003");

        window.push(KeyCode.CONTROL, KeyCode.L);
        window.await("#ladders");
        window.clickOn("Ladder 002");
        window.awaitText("#ladderTitle", "Ladder 002");
    }

    @Test
    void aLongRungKeepsItsButtonsWholeAndWraps() throws Exception {
        Path journal = SampleJournal.emptyNoteRead(folder);
        String longStep = "Send the quarterly report to the whole department with the one table"
                + " I could not check twice, and leave it there without a follow-up message";
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            Ladder ladder = session.ladders().create(new LadderInput("Reports", null, null));
            session.planner().plan(LadderPlannerFixture.rung(longStep, "30", ladder.id()));
            session.planner().plan(LadderPlannerFixture.rung("Ask one question", "20", ladder.id()));
        }
        window.start(journal);
        window.clickOn("#showLadders");
        window.clickOn("Reports");
        window.await("#rungs");
        WaitForAsyncUtils.waitForFxEvents();
        for (Node link : window.lookup(".rung .hyperlink").queryAll()) {
            Hyperlink shown = (Hyperlink) link;
            if (shown.getStyleClass().contains("rung-title")) {
                continue;
            }
            assertTrue(shown.getWidth() + 0.5 >= shown.prefWidth(-1),
                    shown.getText() + " is cut: " + shown.getWidth() + " < " + shown.prefWidth(-1));
        }
        Hyperlink step = window.lookup(".rung-title").match((Hyperlink each) ->
                each.getText().startsWith("Send the quarterly")).query();
        assertTrue(step.getHeight() > step.getFont().getSize() * 2, "the long step wraps");
    }

    @Test
    void aRungMovedWithTheKeysKeepsThemOnItsArrows() throws Exception {
        Path journal = SampleJournal.emptyNoteRead(folder);
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            Ladder ladder = session.ladders().create(new LadderInput("Speaking up", null, null));
            session.planner().plan(LadderPlannerFixture.rung("Ask one question", "20", ladder.id()));
            session.planner().plan(LadderPlannerFixture.rung("Disagree in a meeting", "50", ladder.id()));
            session.planner().plan(LadderPlannerFixture.rung("Give the talk unrehearsed", "80", ladder.id()));
        }
        window.start(journal);
        window.clickOn("#showLadders");
        window.clickOn("Speaking up");
        window.await("#rungs");

        // The third rung's up arrow, pressed with Space twice: the rung climbs to the top, and
        // the keys stay with it each time: on its up arrow, then, at the top, where that arrow
        // is off, on its title, so one more Space does not move it back down.
        window.interact(() -> upArrowOf("Give the talk unrehearsed").requestFocus());
        window.push(KeyCode.SPACE);
        window.waitFor(() -> titles()[1].equals("Give the talk unrehearsed"));
        window.waitFor(() -> window.focusOwner() == upArrowOf("Give the talk unrehearsed"));
        window.push(KeyCode.SPACE);
        window.waitFor(() -> titles()[0].equals("Give the talk unrehearsed"));
        window.waitFor(() -> window.focusOwner() == titleOf("Give the talk unrehearsed"));
        assertTrue(upArrowOf("Give the talk unrehearsed").isDisabled(), "at the top, up is off");

        // Its down arrow, from there: one step down, and the keys stay on that arrow.
        window.interact(() -> arrowsOf("Give the talk unrehearsed")[1].requestFocus());
        window.push(KeyCode.SPACE);
        window.waitFor(() -> titles()[1].equals("Give the talk unrehearsed"));
        window.waitFor(() -> window.focusOwner() == arrowsOf("Give the talk unrehearsed")[1]);
        assertEquals("Ask one question", titles()[0]);
    }

    private Node titleOf(String rung) {
        return window.lookup(".rung-title").match((Hyperlink title) -> title.getText().equals(rung))
                .query();
    }

    private String[] titles() {
        return window.lookup(".rung-title").queryAll().stream()
                .map(each -> ((Hyperlink) each).getText()).toArray(String[]::new);
    }

    private Node upArrowOf(String rung) {
        return arrowsOf(rung)[0];
    }

    /** The rung's up and down arrows. */
    private Node[] arrowsOf(String rung) {
        Node row = window.lookup(".rung").match((Node each) -> window.from(each).lookup(".rung-title")
                .match((Hyperlink title) -> title.getText().equals(rung)).tryQuery().isPresent())
                .query();
        return window.from(row).lookup(".button").queryAll().toArray(Node[]::new);
    }
}
