package org.goodenough.ui.common;

import org.goodenough.store.Backup;
import org.goodenough.store.JournalMovedException;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Ladder;

/** Moves the journal window between its pages; implemented by the journal's view-model. */
public interface Navigator {

    /** Shows an exposure after it changed, refreshing the lists. */
    void showExposure(Exposure exposure);

    /** Reads an exposure afresh and shows it, or says it is no longer there. */
    void openExposure(long id);

    void editPlan(Exposure exposure);

    /** A new plan, pre-filled from a library idea and placed on a ladder; either may be null. */
    void planFrom(Idea idea, Ladder ladder);

    void showDidIt(Exposure exposure);

    /** Walks the person through one exposure, step by step; what it makes is an ordinary one. */
    void showGuide();

    void showReflection(Exposure exposure);

    /** The exposure is gone from the journal. */
    void removed(Exposure exposure);

    /** The idea library; "Plan this" puts the plan on {@code forLadder} when one is given. */
    void showLibrary(Ladder forLadder);

    /** The form for one of the person's own ideas; a new one when {@code idea} is null. */
    void editIdea(Idea idea);

    void showLadders();

    void showLadder(long ladderId);

    /** The form for a ladder; a new one when {@code ladder} is null. */
    void editLadder(Ladder ladder);

    void showInsights();

    /** Every answer to "What did I learn?". */
    void showLearned();

    void showSearch();

    /** Export, import and backups. */
    void showData();

    /** Something outside the pages changed the journal, such as an import: read it again. */
    void journalChanged();

    /** Closes the journal, puts the backup in its place and opens it again. */
    void restore(Backup backup);

    /**
     * The journal file was moved, deleted or replaced while open, so nothing can be saved to it
     * until it is put back or opened again.
     */
    void journalMoved(JournalMovedException moved);

    /** Leaves the current page without saving. */
    void back();
}
