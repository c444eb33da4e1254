package org.goodenough.exchange.worksheet;

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

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final int STEPS = 4;

    private final Sheet sheet;
    private final Progress progress;
    private final ZoneId zone;
    private final WorksheetWords words;

    ExposureSheet(Sheet sheet, Progress progress, ZoneId zone, WorksheetWords words) {
        this.sheet = sheet;
        this.progress = progress;
        this.zone = zone;
        this.words = words;
    }

    void blank() {
        sheet.title(words.get("exposure.title"));
        sheet.note(words.get("exposure.intro"));
        write(null, Distress.NOT_RATED, null);
    }

    void filled(Exposure exposure, Ladder ladder) {
        sheet.title(words.get("exposure.title"));
        sheet.note(standing(exposure) + (ladder == null ? ""
                : words.format("exposure.rungOf", ladder.name())));
        write(exposure.plan(), exposure.distress(), exposure.reflection());
    }

    private void write(Plan plan, Distress distress, Reflection reflection) {
        progress.update(0, STEPS);
        sheet.heading(words.get("exposure.plan"));
        sheet.answer(words.get("exposure.mistake"), plan == null ? null : plan.mistake(), 2);
        sheet.answer(words.get("exposure.area"), plan == null ? null : label(plan.category()), 1);
        sheet.choice(words.get("exposure.stakes"), plan == null || plan.stakes() == null ? null
                : words.label("stakes", plan.stakes()),
                Arrays.stream(Stakes.values()).map(stakes -> words.label("stakes", stakes)).toList());
        sheet.answer(words.get("exposure.when"), plan == null ? null : when(plan), 1);
        sheet.answer(words.get("exposure.where"), plan == null ? null : plan.place(), 1);
        sheet.answer(words.get("exposure.feared"), plan == null ? null : plan.fearedOutcome(), 2);
        sheet.scale(words.get("exposure.likely"), percent(plan == null ? null : plan.likelihood()), " %");
        sheet.scale(words.get("exposure.expected"),
                suds(plan == null ? null : plan.expectedDistress()), " / 100");
        progress.update(1, STEPS);
        sheet.answer(words.get("exposure.safetyBehaviour"), plan == null ? null : plan.safetyBehaviour(), 2);
        sheet.answer(words.get("exposure.coping"),
                plan == null ? null : plan.copingPlan(), 2);
        sheet.answer(plan == null ? words.format("exposure.selfCompassionExample", Plan.DEFAULT_SELF_COMPASSION)
                : words.get("exposure.selfCompassion"), plan == null ? null : plan.selfCompassion(), 1);
        progress.update(2, STEPS);

        sheet.heading(words.get("exposure.doing"));
        sheet.scale(words.get("exposure.before"), suds(distress.before()), " / 100");
        sheet.scale(words.get("exposure.peak"), suds(distress.peak()), " / 100");
        sheet.scale(words.get("exposure.after"), suds(distress.after()), " / 100");
        progress.update(3, STEPS);

        Reflection looked = reflection == null
                ? new Reflection(null, null, null, null, null, null, null, null) : reflection;
        sheet.heading(words.get("exposure.lookingBack"));
        sheet.answer(words.get("exposure.happened"), looked.whatHappened(), 3);
        sheet.choice(words.get("exposure.didFearHappen"), looked.outcome() == null ? null
                : words.label("outcome", looked.outcome()),
                Arrays.stream(Outcome.values()).map(outcome -> words.label("outcome", outcome)).toList());
        sheet.answer(words.get("exposure.felt"), looked.felt(), 3);
        sheet.answer(words.get("exposure.worse"), looked.worse(), 3);
        sheet.answer(words.get("exposure.better"), looked.better(), 3);
        sheet.answer(words.get("exposure.learned"), looked.learned(), 3);
        sheet.scale(words.get("exposure.likelyNow"), percent(looked.likelihoodAfter()), " %");
        sheet.keep(40);
        sheet.space(6);
        sheet.note(words.get("safety"));
        progress.update(STEPS, STEPS);
    }

    private String standing(Exposure exposure) {
        String status = words.label("status", exposure.status());
        return exposure.isDone() && exposure.doneAt() != null
                ? words.format("exposure.statusDone", status, words.day(exposure.doneAt().atZone(zone)))
                : words.format("exposure.status", status);
    }

    private String when(Plan plan) {
        LocalDate date = plan.date();
        if (date == null) {
            return plan.time() == null ? null : TIME.format(plan.time());
        }
        return words.day(date) + (plan.time() == null ? "" : ", " + TIME.format(plan.time()));
    }

    private String label(Category category) {
        return category == null ? null : words.label("category", category);
    }

    private static Integer percent(Percent percent) {
        return percent == null ? null : percent.value();
    }

    private static Integer suds(Suds suds) {
        return suds == null ? null : suds.value();
    }
}
