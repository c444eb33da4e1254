package org.goodenough.exchange;

import org.goodenough.store.Reason;

/**
 * A file was not imported because something in it is not as the journal format asks. The
 * message says where (line, column and the place in the file, such as
 * {@code exposures[3].likelihood}) and what is wrong; nothing was written to the journal.
 */
public final class ImportRefusedException extends ExchangeException {

    private final FilePlace place;

    /**
     * Every refusal carries a reason, so the window can word it in its own language after the
     * place in the file; the English problem stays in the message for the log and the command
     * line.
     */
    ImportRefusedException(FilePlace place, Reason reason, String problem) {
        super(reason, place.describe() + problem);
        this.place = place;
    }

    /** Where in the file the problem is. */
    public FilePlace place() {
        return place;
    }
}
