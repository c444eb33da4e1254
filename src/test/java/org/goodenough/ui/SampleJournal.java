package org.goodenough.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.goodenough.DayClock;
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

    /** A new journal {@code journal.db} in {@code folder}, filled, its first-start note read. */
    static Path filledIn(Path folder) throws Exception {
        Path journal = folder.resolve("journal.db");
        try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
            fill(session);
            session.preferences().markSafetyNoteRead();
        }
        return journal;
    }

    /**
     * The journal {@code journal.db} in {@code folder}, made empty with its first-start note
     * read if it is not there yet.
     */
    static Path emptyNoteRead(Path folder) {
        Path journal = folder.resolve("journal.db");
        if (!java.nio.file.Files.exists(journal)) {
            try (JournalSession session = JournalSession.open(journal, Clock.systemDefaultZone())) {
                session.preferences().markSafetyNoteRead();
            }
        }
        return journal;
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

    /**
     * A made-up person's last nine weeks, written as if each exposure was done on its own day:
     * 16 done, of which what was feared did not happen 14 times, partly happened once (26 days
     * ago) and happened once (9 days ago). In the last 30 days: 8 done, 6 "did not happen".
     */
    static void history(Path file) {
        LocalDate today = LocalDate.now();
        DayClock clock = new DayClock(today.minusDays(70) + "T09:00:00Z");
        try (JournalSession session = JournalSession.open(file, clock)) {
            ExposurePlanner planner = session.planner();
            session.preferences().markSafetyNoteRead();
            Ladder work = session.ladders().create(new LadderInput("Visible mistakes at work",
                    "If I make a visible mistake, people will think I am incompetent.", "80"));
            Exposure typo = null;
            String[][] typos = {{"63", "70", "55", "60", "40", "A typo says nothing about how good my work is."},
                {"56", "40", "45", "45", "30", "Nobody mentioned it this time either."},
                {"49", "30", "40", "35", "20", ""},
                {"42", "20", "35", "25", "10", "One colleague joked about it, kindly. That was all."}};
            for (String[] time : typos) {
                Exposure exposure = typo == null ? planner.plan(plan("Send the weekly update with"
                        + " one typo left in", Category.COMMUNICATION, Stakes.LOW, today, time,
                        "Someone replies about the typo and thinks I am careless", work.id()))
                        : planner.repeat(typo.id());
                planner.edit(exposure.id(), plan(exposure.plan().mistake(), Category.COMMUNICATION,
                        Stakes.LOW, today, time, exposure.plan().fearedOutcome(), work.id()));
                done(planner, clock, exposure, today, time, Outcome.NO,
                        "Two people answered about the content. Nobody mentioned the typo.");
                typo = typo == null ? exposure : typo;
            }
            Object[][] others = {
                {"Ask an “obvious” question in the planning meeting", Category.SOCIAL, Stakes.MEDIUM,
                    "40", "50", "60", "50", "20", Outcome.NO, "Other people had the same question.", work},
                {"Wear mismatched socks to the office", Category.APPEARANCE, Stakes.LOW,
                    "35", "30", "30", "30", "10", Outcome.NO, "People are busy with their own day.", null},
                {"Leave the dishes in the sink overnight", Category.HOME_AND_ORDER, Stakes.LOW,
                    "33", "40", "35", "20", "10", Outcome.NO, "I slept fine. The dishes waited.", null},
                {"Arrive at the dinner exactly on time", Category.TIME_AND_PUNCTUALITY, Stakes.LOW,
                    "30", "50", "40", "30", "20", Outcome.NO, "", null},
                {"Share my unfinished sketch with the drawing group", Category.CREATIVE_AND_LEISURE,
                    Stakes.MEDIUM, "26", "60", "50", "65", "45", Outcome.PARTLY,
                    "One person gave advice I did not ask for. It stung, and it passed.", null},
                {"Reply to a friend with a plain two-line message", Category.COMMUNICATION, Stakes.LOW,
                    "21", "40", "30", "20", "10", Outcome.NO, "Short replies are still warm.", null},
                {"Choose a lunch place at random from three", Category.DECISIONS, Stakes.LOW,
                    "18", "30", "30", "15", "5", Outcome.NO, "", null},
                {"Not ask whether the dinner I cooked was all right", Category.REASSURANCE_AND_PRAISE,
                    Stakes.MEDIUM, "14", "60", "55", "45", "30", Outcome.NO,
                    "Nobody needed me to ask. They just ate.", null},
                {"Mispronounce a word in the team meeting and carry on", Category.EVERYDAY_PUBLIC_LIFE,
                    Stakes.MEDIUM, "9", "60", "50", "55", "50", Outcome.YES,
                    "Being corrected was a small moment, not a verdict on me.", work},
                {"Check the front door lock only once", Category.CHECKING_AND_LISTS, Stakes.MEDIUM,
                    "7", "70", "65", "50", "30", Outcome.NO, "The urge to go back faded in an hour.", null},
                {"Leave one item off the shopping list on purpose", Category.CHECKING_AND_LISTS,
                    Stakes.LOW, "5", "40", "25", "15", "10", Outcome.NO, "", null},
                {"Hand in the report after two drafts, not five", Category.WORK_AND_STUDY,
                    Stakes.MEDIUM, "2", "60", "70", "50", "30", Outcome.NO,
                    "Two drafts were enough. My manager asked one question.", work}};
            for (Object[] row : others) {
                String[] time = {(String) row[3], (String) row[4], (String) row[5], (String) row[6],
                    (String) row[7], (String) row[9]};
                Ladder ladder = (Ladder) row[10];
                Exposure exposure = planner.plan(plan((String) row[0], (Category) row[1],
                        (Stakes) row[2], today, time, "People think less of me",
                        ladder == null ? null : ladder.id()));
                done(planner, clock, exposure, today, time, (Outcome) row[8], null);
            }
            clock.set(today + "T08:00:00Z");
            planner.plan(new PlanInput("Present the draft budget with one chart unpolished",
                    Category.WORK_AND_STUDY, Stakes.HIGH, today.plusDays(3).toString(), null,
                    "Department meeting", "My manager decides I cannot be trusted with the budget",
                    "60", "80", "Polishing every chart until midnight", null,
                    "Good enough is good enough.", work.id()));
        }
    }

    /** A plan for the day {@code time[0]} days ago, expecting {@code time[2]}, {@code time[1]} % likely. */
    private static PlanInput plan(String mistake, Category category, Stakes stakes, LocalDate today,
                                  String[] time, String fear, Long ladderId) {
        return new PlanInput(mistake, category, stakes,
                today.minusDays(Long.parseLong(time[0])).toString(), null, null, fear, time[1],
                time[2], null, null, "I can handle this.", ladderId);
    }

    /** Done at noon that day, peaking at {@code time[3]}, then {@code time[4]} % likely. */
    private static void done(ExposurePlanner planner, DayClock clock, Exposure exposure,
                             LocalDate today, String[] time, Outcome outcome, String happened) {
        clock.set(today.minusDays(Long.parseLong(time[0])) + "T12:00:00Z");
        planner.markDone(exposure.id(), new DistressInput(null, time[3], null));
        planner.reflect(exposure.id(), new ReflectionInput(happened, outcome, null, null, null,
                time[5].isEmpty() ? null : time[5], time[4]));
    }
}
