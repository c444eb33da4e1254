package org.goodenough.ui;

import java.time.LocalDate;
import org.goodenough.domain.Category;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.DistressInput;
import org.goodenough.planner.ExposurePlanner;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.LadderInput;
import org.goodenough.planner.PlanInput;
import org.goodenough.planner.ReflectionInput;

/** A small, made-up journal (no real person's) for screenshots and window tests. */
final class SampleJournal {

    private SampleJournal() {
    }

    /**
     * Fills the journal: a ladder for visible mistakes at work, whose first rung was done three
     * times, and exposures standing alone. Returns the exposure worth showing first.
     */
    static Exposure fill(JournalSession session) {
        ExposurePlanner planner = session.planner();
        Ladder ladder = session.ladders().create(new LadderInput("Visible mistakes at work",
                "If I make a visible mistake, people will think I am incompetent.", "80"));
        LocalDate today = LocalDate.now();
        Exposure typo = planner.plan(new PlanInput("Send the weekly update with one typo left in",
                Category.COMMUNICATION, Stakes.LOW, today.minusDays(17).toString(), "9:30", "Team mailing list",
                "Someone replies about the typo and thinks I am careless", "70", "55",
                "Re-reading it five times before sending", "Send it, close the mail app, make tea",
                "I can handle this.", ladder.id()));
        planner.markDone(typo.id(), new DistressInput("45", "60", "15"));
        typo = planner.reflect(typo.id(), new ReflectionInput(
                "Two people answered about the content. Nobody mentioned the typo.", Outcome.NO,
                "Jittery for ten minutes, then busy with other things.",
                "The minute right after pressing send.",
                "I forgot about it by lunch.",
                "A typo says nothing about how good my work is.", "40"));
        String[][] again = {{"35", "45", "10", "30", "Nobody mentioned it this time either."},
            {"25", "35", "5", "20", "One colleague joked about it, kindly. That was all."}};
        for (String[] time : again) {
            Exposure repeat = planner.repeat(typo.id());
            planner.markDone(repeat.id(), new DistressInput(time[0], time[1], time[2]));
            planner.reflect(repeat.id(), new ReflectionInput(time[4], Outcome.NO, null, null,
                    null, null, time[3]));
        }
        session.ladders().rateBelief(ladder.id(), "60");

        planner.plan(new PlanInput("Ask an “obvious” question in the planning meeting",
                Category.SOCIAL, Stakes.MEDIUM, today.plusDays(1).toString(), "10:00", "Planning meeting",
                "People roll their eyes", "50", "60", "Searching for the answer first",
                "Notice the urge, ask anyway, breathe out", "Curious people ask questions.",
                ladder.id()));
        planner.plan(new PlanInput("Present the draft budget with one chart unpolished",
                Category.WORK_AND_STUDY, Stakes.HIGH, null, null, "Department meeting",
                "My manager decides I cannot be trusted with the budget", "60", "80",
                "Polishing every chart until midnight", null, "Good enough is good enough.",
                ladder.id()));
        planner.plan(new PlanInput("Leave the dishes in the sink overnight", Category.HOME_AND_ORDER,
                Stakes.LOW, today.plusDays(2).toString(), null, "At home", "I will not be able to sleep", "40",
                "35", "Checking the kitchen again", null, "I can handle this.", null));
        planner.plan(new PlanInput("Share my unfinished sketch with the drawing group",
                Category.CREATIVE_AND_LEISURE, Stakes.MEDIUM, null, null, "Drawing group chat",
                "They think I am not a real artist", "60", "50", "Adding a long apology", null,
                "Unfinished is allowed.", null));
        Exposure socks = planner.plan(new PlanInput("Wear mismatched socks to the office",
                Category.APPEARANCE, Stakes.LOW, today.minusDays(6).toString(), null, "Office",
                "Someone comments and I blush", "30", "30", null, null, null, null));
        planner.markDone(socks.id(), new DistressInput("20", "30", "5"));
        planner.reflect(socks.id(), new ReflectionInput("Nobody noticed at all.", Outcome.NO, null,
                null, "Nobody looked at my feet.", "People are busy with their own day.", "10"));
        Exposure early = planner.plan(new PlanInput("Arrive at the dinner exactly on time",
                Category.TIME_AND_PUNCTUALITY, Stakes.LOW, null, null, null, null, null, "30", null,
                null, null, null));
        planner.notNow(early.id());
        return typo;
    }
}
