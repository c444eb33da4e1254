package org.goodenough.ui.journal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.goodenough.domain.Draft;
import org.goodenough.ui.common.Texts;

/** How a draft left from last time is offered back, in a sentence or two. */
final class DraftWording {

    private static final int GIST = 140;

    private DraftWording() {
    }

    static String offer(Draft draft) {
        if (draft == null) {
            return "";
        }
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Texts.locale()).format(draft.keptAt().atZone(ZoneId.systemDefault()));
        String gist = shortened(draft.gist("mistake", "learned", "whatHappened", "felt", "better",
                "worse", "name", "belief", "title", "fearedOutcome", "tip"));
        return Texts.format("journal.wereWriting", what(draft), when)
                + (gist.isEmpty() ? "" : Texts.format("journal.draftGist", gist));
    }

    private static String what(Draft draft) {
        boolean fresh = draft.subject() == null;
        return switch (draft.form()) {
            case "plan" -> fresh ? Texts.get("journal.newPlan") : Texts.get("journal.changesPlan");
            case "did-it" -> Texts.get("journal.ratingsExposureDid");
            case "reflection" -> Texts.get("journal.reflection");
            case "guide" -> Texts.get("journal.exposureGuidedWalkthrough");
            case "ladder" -> fresh ? Texts.get("journal.newLadder") : Texts.get("journal.changesLadder");
            case "idea" -> fresh ? Texts.get("journal.ideaOwn") : Texts.get("journal.changesIdeaYours");
            default -> "something";
        };
    }

    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= GIST ? line : line.substring(0, GIST - 1).strip() + "…";
    }
}
