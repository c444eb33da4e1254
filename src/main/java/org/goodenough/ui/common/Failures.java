package org.goodenough.ui.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goodenough.exchange.ExchangeException;
import org.goodenough.exchange.FilePlace;
import org.goodenough.exchange.ImportRefusedException;
import org.goodenough.planner.InvalidInputException;
import org.goodenough.planner.NotPossibleNowException;
import org.goodenough.store.JournalMovedException;
import org.goodenough.store.Reason;
import org.goodenough.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failed piece of journal work into words for the person, logging the unexpected. What
 * is logged never holds journal text: expected refusals are logged by their own message, which
 * is written without it, and errors go through {@link LoggedError}. An invalid input or an
 * import refusal quotes what was typed or read, so neither is logged at all.
 */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    /** A sentence that begins with one of its values, such as "{0} has no…". */
    private static final Pattern FIRST_VALUE = Pattern.compile("\\{(\\d+)}");

    private Failures() {
    }

    /**
     * A calm sentence about what went wrong. The journal's own refusals that a person meets
     * most (in use elsewhere, moved, gone, and every refusal that carries a {@link Reason}) are
     * worded here, in the window's language; other expected problems carry their own message,
     * in English.
     */
    public static String describe(Exception failure) {
        String worded = worded(failure);
        String said = worded == null ? failure.getMessage() : worded;
        if (failure instanceof InvalidInputException || failure instanceof ImportRefusedException) {
            return said;
        }
        if (failure instanceof StoreException || failure instanceof NotPossibleNowException
                || failure instanceof ExchangeException) {
            // The log keeps the English message, whatever language the window speaks.
            if (failure.getCause() == null) {
                LOG.info("Journal work refused: {}", failure.getMessage());
            } else {
                LOG.warn("Journal work failed: {}", failure.getMessage(), LoggedError.of(failure));
            }
            return said;
        }
        LOG.error("Unexpected failure", LoggedError.of(failure));
        return Texts.get("common.somethingUnexpectedWentWrong");
    }

    private static String worded(Exception failure) {
        if (failure instanceof JournalMovedException moved) {
            return Texts.format(moved.gone() ? "common.failure.gone" : "common.failure.replaced",
                    moved.file());
        }
        Reason reason = failure instanceof StoreException store ? store.reason()
                : failure instanceof ExchangeException exchange ? exchange.reason() : null;
        if (reason == null) {
            return null;
        }
        String said = word(reason);
        return failure instanceof ImportRefusedException refused ? place(refused.place()) + said
                : said;
    }

    /**
     * A reason in the window's words: counts as the language writes them, and pieces that are
     * reasons of their own worded in turn. A sentence that begins with such a piece ("an
     * exposure should be…") begins with a capital.
     */
    private static String word(Reason reason) {
        String key = "common.failure." + reason.key();
        String said = Texts.format(key, reason.values().stream().map(Failures::value).toArray());
        Matcher first = FIRST_VALUE.matcher(Texts.get(key));
        boolean piece = first.lookingAt()
                && reason.values().get(Integer.parseInt(first.group(1))) instanceof Reason;
        return piece && !said.isEmpty()
                ? said.substring(0, 1).toUpperCase(Texts.locale()) + said.substring(1) : said;
    }

    private static Object value(Object value) {
        if (value instanceof Reason piece) {
            return word(piece);
        }
        return value instanceof Long count ? Wording.count(count) : value;
    }

    /** Where in the file, as the line and column and the path there, such as exposures[3]. */
    private static String place(FilePlace place) {
        // Line and column name a place, not an amount, so they are written without separators.
        String line = String.valueOf(place.line());
        String column = String.valueOf(place.column());
        if (place.path().isEmpty()) {
            return place.line() > 0 ? Texts.format("common.failure.import.at", line, column) : "";
        }
        return place.line() > 0
                ? Texts.format("common.failure.import.atPath", line, column, place.path())
                : Texts.format("common.failure.import.inPath", place.path());
    }

    /** Logs an error nobody caught, on any thread. */
    public static void uncaught(Thread thread, Throwable error) {
        LOG.error("Unexpected error on {}", thread.getName(), LoggedError.of(error));
    }
}
