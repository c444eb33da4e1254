package org.goodenough.domain;

import java.util.concurrent.CancellationException;

/**
 * Hears how far a long piece of work has come. Asking to stop is answered here too: an
 * implementation throws {@link CancellationException} from {@link #update} once the person
 * has cancelled, and the work stops at that point, undoing what it had begun.
 */
@FunctionalInterface
public interface Progress {

    /** Work that nobody is watching. */
    Progress NONE = (done, total) -> { };

    /**
     * @param done  how many steps are finished
     * @param total how many there are in all
     * @throws CancellationException when the person has asked to stop
     */
    void update(long done, long total);
}
