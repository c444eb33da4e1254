package org.goodenough.planner;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.goodenough.HostileText;
import org.goodenough.JournalCounts;
import org.goodenough.JournalCounts.Counts;
import org.goodenough.store.StoreException;

/**
 * Makes one call into the planner and holds it to the rules for hostile input: the call saves
 * what it was given, or it is refused the expected way with a message for a person, and then
 * the journal holds exactly what it held before. Any other exception is a failure.
 */
final class Attempt {

    /** How a call should end. */
    enum Ending { SAVED, INVALID, NOT_POSSIBLE, NO_LONGER_THERE }

    /**
     * What the call should do: save, or be refused for {@code problems} (the fields named in
     * the refusal), or because the record is gone, or because its state does not allow it.
     */
    record Expected(Ending ending, Set<Field> problems) {

        static final Expected SAVED = new Expected(Ending.SAVED, Set.of());
        static final Expected NOT_POSSIBLE = new Expected(Ending.NOT_POSSIBLE, Set.of());
        static final Expected NO_LONGER_THERE = new Expected(Ending.NO_LONGER_THERE, Set.of());

        static Expected invalid(Set<Field> problems) {
            return new Expected(Ending.INVALID, Set.copyOf(problems));
        }

        @Override
        public String toString() {
            return ending == Ending.INVALID ? "refused for " + problems : ending.toString();
        }
    }

    private final JournalCounts journal;
    private final Map<Ending, Integer> tally = new EnumMap<>(Ending.class);
    private Counts before;
    private String current = "(none yet)";

    Attempt(JournalCounts journal) {
        this.journal = journal;
    }

    /**
     * Runs {@code call}. When it should save, returns what it returned; when it should be
     * refused, checks the refusal and that neither the counts nor {@code affected} changed,
     * and returns {@code null}. {@code alsoAllowed} names refusals that are fine as well.
     */
    <T> T run(String what, Expected expected, Supplier<Object> affected, Supplier<T> call,
            Ending... alsoAllowed) {
        current = what;
        before = journal.now();
        Object affectedBefore = affected.get();
        Ending ending;
        RuntimeException refusal;
        try {
            T result = call.get();
            if (expected.ending() != Ending.SAVED) {
                throw new AssertionError("expected " + expected + ", but it was saved: "
                        + HostileText.shown(String.valueOf(result)));
            }
            tally.merge(Ending.SAVED, 1, Integer::sum);
            return result;
        } catch (InvalidInputException e) {
            ending = Ending.INVALID;
            refusal = e;
            if (expected.ending() == Ending.INVALID && !e.problems().keySet().equals(expected.problems())) {
                throw new AssertionError("expected " + expected + ", but refused for "
                        + e.problems().keySet() + ": " + e.problems());
            }
            e.problems().values().forEach(Attempt::forAPerson);
        } catch (NotPossibleNowException e) {
            ending = Ending.NOT_POSSIBLE;
            refusal = e;
        } catch (StoreException e) {
            ending = Ending.NO_LONGER_THERE;
            refusal = e;
            if (!e.getMessage().contains("no longer")) {
                throw new AssertionError("expected " + expected + ", but the store failed: " + e, e);
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("expected " + expected + ", but it crashed: " + e, e);
        }
        if (ending != expected.ending() && !Set.of(alsoAllowed).contains(ending)) {
            throw new AssertionError("expected " + expected + ", but " + ending + ": "
                    + refusal.getMessage(), refusal);
        }
        forAPerson(refusal.getMessage());
        Counts after = journal.now();
        if (!after.equals(before)) {
            throw new AssertionError("refused (" + ending + "), yet the journal changed: "
                    + before + " became " + after);
        }
        Object affectedAfter = affected.get();
        if (!Objects.equals(affectedBefore, affectedAfter)) {
            throw new AssertionError("refused (" + ending + "), yet the record changed: "
                    + affectedBefore + " became " + affectedAfter);
        }
        tally.merge(ending, 1, Integer::sum);
        return null;
    }

    /**
     * Checks what the last saving call changed in the journal's counts: each argument is how
     * many rows that table gained (or lost), and the search index gains what exposures do.
     */
    void changed(long exposures, long reflections, long ladders, long beliefRatings,
            long ownIdeas, long hiddenIdeas) {
        Counts after = journal.now();
        Counts expected = new Counts(before.exposures() + exposures,
                before.reflections() + reflections, before.ladders() + ladders,
                before.beliefRatings() + beliefRatings, before.ownIdeas() + ownIdeas,
                before.hiddenIdeas() + hiddenIdeas, before.searchRows() + exposures, 0);
        if (!after.rows().equals(expected)) {
            throw new AssertionError("saved, but the journal's counts went from " + before
                    + " to " + after + " instead of " + expected);
        }
    }

    /** Checks that the last call, though it answered, wrote nothing at all. */
    void unchanged() {
        Counts after = journal.now();
        if (!after.equals(before)) {
            throw new AssertionError("a call that only reads changed the journal: " + before
                    + " became " + after);
        }
    }

    /** What the latest call was asked to do, for a failure message. */
    String current() {
        return current;
    }

    /** How many calls ended each way. */
    int count(Ending ending) {
        return tally.getOrDefault(ending, 0);
    }

    /** A message for a person: some words, and nothing of the program's insides. */
    static void forAPerson(String message) {
        if (message == null || message.isBlank() || message.contains("Exception")
                || message.contains("java.lang") || message.contains("SQLITE")) {
            throw new AssertionError("not a message for a person: " + message);
        }
    }
}
