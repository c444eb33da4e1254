package org.goodenough.exchange.worksheet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.goodenough.domain.Category;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Progress;
import org.goodenough.domain.Reflection;
import org.goodenough.domain.Stakes;
import org.goodenough.domain.Suds;

/**
 * One exposure on paper, from plan to reflection, in the order the exercise goes. A blank
 * worksheet has every question with room to write; a filled one has the person's answers, and
 * room to write wherever they skipped one.
 */
final class ExposureSheet {

    static final String SAFETY = "This is a self-help exercise, not a replacement for therapy."
            + " If distress ever feels overwhelming, pause and reach out for support.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final int STEPS = 4;

    private final Sheet sheet;
    private final Progress progress;
    private final ZoneId zone;

    ExposureSheet(Sheet sheet, Progress progress, ZoneId zone) {
        this.sheet = sheet;
        this.progress = progress;
        this.zone = zone;
    }

    void blank() {
        sheet.title("Planned mistake worksheet");
        sheet.note("Make a small mistake on purpose, and notice what really happens. Plan it first,"
                + " do it, then look back. Every question but the first may be skipped.");
        write(null, Distress.NOT_RATED, null);
    }

    void filled(Exposure exposure, Ladder ladder) {
        sheet.title("Planned mistake worksheet");
        sheet.note(standing(exposure) + (ladder == null ? ""
                : " A rung of the ladder “" + ladder.name() + "”."));
        write(exposure.plan(), exposure.distress(), exposure.reflection());
    }

    private void write(Plan plan, Distress distress, Reflection reflection) {
        progress.update(0, STEPS);
        sheet.heading("The plan");
        sheet.answer("The mistake I will make on purpose", plan == null ? null : plan.mistake(), 2);
        sheet.answer("Area of life", plan == null ? null : label(plan.category()), 1);
        sheet.choice("Stakes", plan == null || plan.stakes() == null ? null : plan.stakes().label(),
                Arrays.stream(Stakes.values()).map(Stakes::label).toList());
        sheet.answer("When", plan == null ? null : when(plan), 1);
        sheet.answer("Where, or with whom", plan == null ? null : plan.place(), 1);
        sheet.answer("What I fear will happen", plan == null ? null : plan.fearedOutcome(), 2);
        sheet.scale("How likely it seems, 0–100 %", percent(plan == null ? null : plan.likelihood()), " %");
        sheet.scale("How distressing I expect it to be (SUDS, 0–100)",
                suds(plan == null ? null : plan.expectedDistress()), " / 100");
        progress.update(1, STEPS);
        sheet.answer("The safety behaviour I will drop", plan == null ? null : plan.safetyBehaviour(), 2);
        sheet.answer("My coping plan: how I will handle the discomfort",
                plan == null ? null : plan.copingPlan(), 2);
        sheet.answer(plan == null ? "My self-compassion line (for example: " + Plan.DEFAULT_SELF_COMPASSION
                + ")" : "My self-compassion line", plan == null ? null : plan.selfCompassion(), 1);
        progress.update(2, STEPS);

        sheet.heading("Doing it");
        sheet.scale("Distress just before", suds(distress.before()), " / 100");
        sheet.scale("Distress at its peak", suds(distress.peak()), " / 100");
        sheet.scale("Distress afterwards", suds(distress.after()), " / 100");
        progress.update(3, STEPS);

        Reflection looked = reflection == null
                ? new Reflection(null, null, null, null, null, null, null, null) : reflection;
        sheet.heading("Looking back");
        sheet.answer("What actually happened", looked.whatHappened(), 3);
        sheet.choice("Did what I feared happen?", looked.outcome() == null ? null : looked.outcome().label(),
                Arrays.stream(Outcome.values()).map(Outcome::label).toList());
        sheet.answer("What did I feel?", looked.felt(), 3);
        sheet.answer("What was worse than I imagined?", looked.worse(), 3);
        sheet.answer("What was better than I imagined?", looked.better(), 3);
        sheet.answer("What did I learn?", looked.learned(), 3);
        sheet.scale("How likely what I feared seems now, 0–100 %", percent(looked.likelihoodAfter()), " %");
        sheet.keep(40);
        sheet.space(6);
        sheet.note(SAFETY);
        progress.update(STEPS, STEPS);
    }

    private String standing(Exposure exposure) {
        String day = exposure.isDone() && exposure.doneAt() != null ? ", on " + day(exposure.doneAt()) : "";
        return "Status: " + exposure.status().label() + day + ".";
    }

    private String day(Instant instant) {
        return DAY.format(instant.atZone(zone));
    }

    private static String when(Plan plan) {
        LocalDate date = plan.date();
        if (date == null) {
            return plan.time() == null ? null : TIME.format(plan.time());
        }
        return DAY.format(date) + (plan.time() == null ? "" : ", " + TIME.format(plan.time()));
    }

    private static String label(Category category) {
        return category == null ? null : category.label();
    }

    private static Integer percent(Percent percent) {
        return percent == null ? null : percent.value();
    }

    private static Integer suds(Suds suds) {
        return suds == null ? null : suds.value();
    }
}
