package org.goodenough.exchange;

/**
 * An export or import could not be done. The message is for the person: what happened and
 * that their journal is as it was.
 */
public class ExchangeException extends RuntimeException {

    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
