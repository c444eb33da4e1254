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
    private static final String SQL = "sql.";
    private static final String ACTION = "common.failure.action.";

    /** A sentence that begins with one of its values, such as "{0} has no…". */
    private static final Pattern FIRST_VALUE = Pattern.compile("\\{(\\d+)}");

    private Failures() {
    }

    /**
     * A calm sentence about what went wrong. The journal's own refusals (in use elsewhere,
     * moved, gone, and every refusal that carries a {@link Reason}) are worded here, in the
     * window's language; other expected problems carry their own message, in English.
     */
    public static String describe(Exception failure) {
        return describe(failure, null);
    }

    /**
     * As {@link #describe(Exception)}, naming what the person was doing when the journal
     * answered with an error: {@code action} is the last part of a {@code common.failure.action.}
     * key (such as {@code savePlan}), a whole sentence per action. Without one, the general
     * sentence says "that".
     */
    public static String describe(Exception failure, String action) {
        String said = said(failure, action);
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

    /**
     * The words for a refusal of the journal that the caller has logged already, in the
     * window's language where it carries a {@link Reason}, in its own message otherwise.
     */
    public static String words(StoreException refusal) {
        return said(refusal, null);
    }

    private static String said(Exception failure, String action) {
        String worded = worded(failure, action);
        return worded == null ? failure.getMessage() : worded;
    }

    private static String worded(Throwable failure, String action) {
        if (failure instanceof JournalMovedException moved) {
            return Texts.format(moved.gone() ? "common.failure.gone" : "common.failure.replaced",
                    moved.file());
        }
        Reason reason = reason(failure);
        if (reason == null) {
            return null;
        }
        String said = word(reason);
        if (reason.key().startsWith(SQL)) {
            // The kind of error is said after a colon, in a sentence that names the action.
            said = Texts.format(action == null ? "common.failure.sql" : ACTION + action, said);
        }
        if (failure instanceof ImportRefusedException refused) {
            return place(refused.place()) + said;
        }
        // A refusal made because of another (no copy before a restore, say) tells that one too.
        String cause = failure.getCause() == null ? null : worded(failure.getCause(), null);
        return cause == null ? said : said + " " + cause;
    }

    private static Reason reason(Throwable failure) {
        if (failure instanceof StoreException store) {
            return store.reason();
        }
        if (failure instanceof ExchangeException exchange) {
            return exchange.reason();
        }
        return failure instanceof NotPossibleNowException notNow ? notNow.reason() : null;
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
