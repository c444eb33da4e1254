package org.goodenough.reliability;

import java.util.ArrayList;
import java.util.List;

/** The crash suite's figures, added up kill by kill, and the first problems in words. */
final class CrashTally {

    private static final int DETAILS = 40;

    private int kills;
    private int acknowledged;
    private int lost;
    private int integrityFailures;
    private int unexpected;
    private int beforeOpening;
    private int whileOpening;
    private int whileCreating;
    private int whileSaving;
    private final List<String> details = new ArrayList<>();

    void add(int kill, SaveLog log, TrackedJournal.Outcome outcome, boolean newJournal) {
        kills++;
        acknowledged += log.acknowledged().size();
        if (!log.opening()) {
            beforeOpening++;
        } else if (!log.opened()) {
            whileOpening++;
            whileCreating += newJournal ? 1 : 0;
        } else {
            whileSaving++;
        }
        Verdict verdict = outcome.verdict();
        lost += verdict.lost().size();
        unexpected += verdict.unexpected().size();
        integrityFailures += outcome.integrity().isEmpty() ? 0 : 1;
        String when = "kill " + kill + " (" + log.acknowledged().size() + " acknowledged"
                + (log.inFlight() == null ? "" : ", in flight " + log.inFlight().kind()) + "): ";
        verdict.lost().forEach(line -> detail(when + "lost " + line));
        verdict.unexpected().forEach(line -> detail(when + "unexpected " + line));
        outcome.integrity().forEach(line -> detail(when + "integrity " + line));
    }

    int lost() {
        return lost;
    }

    int integrityFailures() {
        return integrityFailures;
    }

    int unexpected() {
        return unexpected;
    }

    int acknowledged() {
        return acknowledged;
    }

    /** The figures the issue asks for. */
    String figures() {
        return "kills: " + kills + ", acknowledged saves: " + acknowledged + ", saves lost: " + lost
                + ", integrity failures: " + integrityFailures;
    }

    /** Where the kills fell, and what else was found. */
    String moments() {
        return "killed while starting: " + beforeOpening + ", while opening: " + whileOpening
                + " (" + whileCreating + " of them creating a journal), while saving: " + whileSaving
                + "; unexpected changes: " + unexpected;
    }

    List<String> details() {
        return List.copyOf(details);
    }

    private void detail(String line) {
        if (details.size() < DETAILS) {
            details.add(line);
        }
    }
}
