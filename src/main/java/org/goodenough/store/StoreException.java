package org.goodenough.store;

/**
 * A journal could not be opened, read or written. The message is written for the person
 * using the app: it says what happened and, where it can, what to do about it.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
