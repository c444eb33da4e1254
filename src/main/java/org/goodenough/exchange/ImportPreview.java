package org.goodenough.exchange;

import java.nio.file.Path;
import org.goodenough.domain.PortableJournal;

/**
 * A file that was read and found sound, ready to be imported, with what it would add.
 *
 * @param file         the file read
 * @param content      every record in it
 * @param newLadders   ladders the journal does not hold yet
 * @param newExposures exposures the journal does not hold yet
 * @param newIdeas     own ideas the journal does not hold yet
 */
public record ImportPreview(Path file, PortableJournal content, int newLadders,
        int newExposures, int newIdeas) {

    /** Whether importing would add anything (hidden built-in ideas aside). */
    public boolean addsAnything() {
        return newLadders + newExposures + newIdeas > 0;
    }

    /** What the file holds and what of it is new, in a sentence. */
    public String summary() {
        int exposures = content.exposures().size();
        int ladders = content.ladders().size();
        int ideas = content.ideas().size();
        String holds = Counted.list(Counted.of(exposures, "exposure"), Counted.of(ladders, "ladder"),
                Counted.of(ideas, "idea of your own", "ideas of your own"));
        if (holds.isEmpty()) {
            return "The file holds no exposures, ladders or ideas.";
        }
        int known = exposures + ladders + ideas - newExposures - newLadders - newIdeas;
        String news = Counted.list(Counted.of(newExposures, "exposure"),
                Counted.of(newLadders, "ladder"),
                Counted.of(newIdeas, "idea of your own", "ideas of your own"));
        String sentence = "The file holds " + holds + ". ";
        if (news.isEmpty()) {
            return sentence + "Your journal has all of it already, so importing would add nothing.";
        }
        return sentence + (known == 0 ? "All of it is new to your journal: " + news + "."
                : "New to your journal: " + news + ". The " + known + " already there stay as"
                        + " they are.");
    }
}
