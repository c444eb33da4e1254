package org.goodenough.store;

import java.nio.file.Path;

/**
 * Another window or program of Good Enough has the journal open, so this one leaves it alone:
 * nothing is written from here while the other holds it.
 */
public final class JournalInUseException extends JournalRefusedException {

    JournalInUseException(Path journal) {
        super(journal, Reason.of("inUse", journal), "The journal " + journal + " is open in another"
                + " Good Enough window. A journal"
                + " is written from one window at a time, so nothing is lost or written twice. Switch"
                + " to that window, or close it and choose Try again.");
    }
}
