package org.goodenough.planner;

/**
 * What was asked cannot be done from where the exposure stands (reflecting on a plan not yet
 * done, say). The message says so in plain words.
 */
public final class NotPossibleNowException extends RuntimeException {

    NotPossibleNowException(String message) {
        super(message);
    }
}
