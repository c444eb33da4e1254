package org.goodenough.ui.common;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.goodenough.exchange.ExchangeException;
import org.goodenough.exchange.ImportRefusedException;
import org.goodenough.planner.NotPossibleNowException;
import org.goodenough.store.StoreException;

/**
 * An error as it goes into the log: the class and stack frames of the error, its causes and
 * what it suppressed, but a message only where it cannot hold what a person wrote. The log never
 * holds journal text, and an unexpected error's message may: a parse error quotes the text it
 * could not read, and a JavaFX control's description includes the text it shows.
 *
 * <p>Messages kept: the store's, the planner's and the exports' own (fixed words, file names
 * and the reason in SQLite's result code), and the JDK's file errors (a file name and the
 * system's reason). An import refusal quotes the file, so its message is left out too.
 */
public final class LoggedError extends RuntimeException {

    private LoggedError(String description) {
        super(description);
    }

    /** A copy of {@code error} fit for the log. */
    public static Throwable of(Throwable error) {
        return copy(error, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Throwable copy(Throwable error, Set<Throwable> seen) {
        seen.add(error);
        LoggedError copy = new LoggedError(describe(error));
        copy.setStackTrace(error.getStackTrace());
        Throwable cause = error.getCause();
        if (cause != null && !seen.contains(cause)) {
            copy.initCause(copy(cause, seen));
        }
        for (Throwable suppressed : error.getSuppressed()) {
            if (!seen.contains(suppressed)) {
                copy.addSuppressed(copy(suppressed, seen));
            }
        }
        return copy;
    }

    private static String describe(Throwable error) {
        String name = error.getClass().getName();
        if (error.getMessage() == null) {
            return name;
        }
        return cannotHoldJournalText(error) ? name + ": " + error.getMessage()
                : name + " (its message is left out of the log)";
    }

    private static boolean cannotHoldJournalText(Throwable error) {
        if (error instanceof ImportRefusedException) {
            return false;
        }
        return error instanceof StoreException || error instanceof NotPossibleNowException
                || error instanceof ExchangeException
                || error instanceof IOException && error.getClass().getName().startsWith("java.");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // The original's frames are set in its place.
        return this;
    }
}
