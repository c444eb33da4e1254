package org.goodenough.ui.journal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.goodenough.domain.Draft;

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
                .format(draft.keptAt().atZone(ZoneId.systemDefault()));
        String gist = shortened(draft.gist("mistake", "learned", "whatHappened", "felt", "better",
                "worse", "name", "belief", "title", "fearedOutcome", "tip"));
        return "You were writing " + what(draft) + " that was not saved when Good Enough last"
                + " closed. Its draft was kept at " + when + "."
                + (gist.isEmpty() ? "" : "\n“" + gist + "”");
    }

    private static String what(Draft draft) {
        boolean fresh = draft.subject() == null;
        return switch (draft.form()) {
            case "plan" -> fresh ? "a new plan" : "changes to a plan";
            case "did-it" -> "the ratings of an exposure you did";
            case "reflection" -> "a reflection";
            case "guide" -> "an exposure in the guided walkthrough";
            case "ladder" -> fresh ? "a new ladder" : "changes to a ladder";
            case "idea" -> fresh ? "an idea of your own" : "changes to an idea of yours";
            default -> "something";
        };
    }

    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= GIST ? line : line.substring(0, GIST - 1).strip() + "…";
    }
}
