package org.goodenough.ui.journal;

import org.goodenough.store.Backup;
import org.goodenough.store.JournalMovedException;

/** What only the app can do for the journal window: close the journal and open it again. */
public interface Reopener {

    /** For view-model tests, where there is no app to reopen anything. */
    Reopener NONE = new Reopener() {
        @Override
        public void restore(Backup backup) {
            throw new IllegalStateException("Restoring a backup needs the app to reopen the journal");
        }

        @Override
        public void recover(JournalMovedException moved) {
            throw new IllegalStateException("Putting the journal back needs the app to reopen it");
        }

        @Override
        public void demo() {
            throw new IllegalStateException("Opening the demo needs the app to close this journal");
        }

        @Override
        public void ownJournal() {
            throw new IllegalStateException("Leaving the demo needs the app to open the journal");
        }
    };

    /** Closes the journal, restores the backup and opens the journal again. */
    void restore(Backup backup);

    /**
     * Puts a journal moved or deleted while open back in its place (when nothing is there now),
     * then closes and opens it again; the draft of an unsaved form is offered back after.
     */
    void recover(JournalMovedException moved);

    /** Closes the journal shown and opens a new demo journal, written afresh from its seed. */
    void demo();

    /** Closes the demo journal, with all done in it, and opens the person's own journal. */
    void ownJournal();
}
