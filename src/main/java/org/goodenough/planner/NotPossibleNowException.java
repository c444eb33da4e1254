package org.goodenough.planner;

import org.goodenough.store.Reason;

/**
 * What was asked cannot be done from where the exposure stands (reflecting on a plan not yet
 * done, say). The window says so in its own language from the {@link Reason}; the message
 * keeps it in plain English for the log and the command line.
 */
public final class NotPossibleNowException extends RuntimeException {

    private final Reason reason;

    NotPossibleNowException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** How the window words this: {@code common.failure.} followed by its key. */
    public Reason reason() {
        return reason;
    }
}
