package org.goodenough.exchange;

import org.goodenough.store.Reason;

/**
 * An export or import could not be done. The message is for the person: what happened and
 * that their journal is as it was.
 */
public class ExchangeException extends RuntimeException {

    private final Reason reason;

    public ExchangeException(String message) {
        this(null, message, null);
    }

    public ExchangeException(String message, Throwable cause) {
        this(null, message, cause);
    }

    /** A problem the window can word in its own language; the message stays for the log. */
    public ExchangeException(Reason reason, String message) {
        this(reason, message, null);
    }

    public ExchangeException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** How to word this in the window's language, or null when only the message says it. */
    public Reason reason() {
        return reason;
    }
}
