package org.goodenough.ui.data;

import java.util.ArrayList;
import java.util.List;
import org.goodenough.domain.ImportCount;
import org.goodenough.exchange.ImportPreview;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;

/** What an import would add, and what it added, in the words of the language in use. */
final class ImportWords {

    private ImportWords() {
    }

    /** What the file holds and what of it is new, in a sentence or two. */
    static String summary(ImportPreview preview) {
        int exposures = preview.content().exposures().size();
        int ladders = preview.content().ladders().size();
        int ideas = preview.content().ideas().size();
        String holds = counts(exposures, ladders, ideas);
        if (holds.isEmpty()) {
            return Texts.get("data.fileHoldsNothing");
        }
        int known = exposures + ladders + ideas - preview.newExposures() - preview.newLadders()
                - preview.newIdeas();
        String news = counts(preview.newExposures(), preview.newLadders(), preview.newIdeas());
        String sentence = Texts.format("data.fileHolds", holds) + " ";
        if (news.isEmpty()) {
            return sentence + Texts.get("data.fileAllThere");
        }
        return sentence + (known == 0 ? Texts.format("data.fileAllNew", news)
                : Texts.format("data.fileSomeNew", news, Wording.count(known)));
    }

    /** What an import added; the ideas hidden in the file are all it may have brought. */
    static String imported(ImportCount count) {
        if (count.added() == 0) {
            return Texts.get("data.nothingWasAddedJournal");
        }
        String added = counts(count.exposures(), count.ladders(), count.ideas());
        return Texts.format("data.imported", added.isEmpty() ? Texts.get("data.hiddenIdeas") : added)
                + (count.alreadyThere() == 0 ? ""
                        : " " + Texts.format("data.dAlreadyJournalStay",
                                Wording.count(count.alreadyThere())));
    }

    /** "3 exposures, 1 ladder and 2 ideas of your own", leaving out what is none. */
    static String counts(int exposures, int ladders, int ideas) {
        List<String> parts = new ArrayList<>();
        counted(parts, exposures, "data.oneExposure", "data.exposures");
        counted(parts, ladders, "data.oneLadder", "data.ladders");
        counted(parts, ideas, "data.ideaOwn", "data.ideasOwn");
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return Texts.format("data.listAnd", String.join(", ", parts.subList(0, parts.size() - 1)),
                parts.get(parts.size() - 1));
    }

    private static void counted(List<String> parts, int count, String one, String many) {
        if (count > 0) {
            parts.add(count == 1 ? Texts.get(one) : Texts.format(many, Wording.count(count)));
        }
    }
}
