package org.goodenough.store;

/**
 * A journal could not be opened, read or written. The message is written for the person
 * using the app: it says what happened and, where it can, what to do about it.
 */
public class StoreException extends RuntimeException {

    private final Reason reason;

    public StoreException(String message) {
        this(null, message, null);
    }

    public StoreException(String message, Throwable cause) {
        this(null, message, cause);
    }

    /** A refusal the window can word in its own language; the message stays for the log. */
    public StoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** How to word this in the window's language, or null when only the message says it. */
    public Reason reason() {
        return reason;
    }
}
