package org.goodenough.reliability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The crash suite's figures, added up kill by kill, and the first problems in words. */
final class CrashTally {

    private static final int DETAILS = 40;

    private int kills;
    private int acknowledged;
    private int lost;
    private int integrityFailures;
    private int unexpected;
    private int whileOpening;
    private int whileCreating;
    private int whileSaving;
    private int inFlight;
    private int landed;
    private final Map<SaveKind, Integer> byKind = new EnumMap<>(SaveKind.class);
    private final List<String> details = new ArrayList<>();

    void add(int kill, SaveLog log, TrackedJournal.Outcome outcome, boolean newJournal) {
        kills++;
        acknowledged += log.acknowledged().size();
        log.acknowledged().forEach(save -> byKind.merge(save.kind(), 1, Integer::sum));
        inFlight += log.inFlight() == null ? 0 : 1;
        landed += outcome.verdict().landed() ? 1 : 0;
        if (!log.opened()) {
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
        return "killed while opening: " + whileOpening
                + " (" + whileCreating + " of them creating a journal), while saving: " + whileSaving
                + "; unexpected changes: " + unexpected;
    }

    /** The saves acknowledged by kind, and what became of the saves in flight. */
    String saves() {
        return "acknowledged by kind: " + byKind.entrySet().stream()
                .map(entry -> entry.getKey().name().toLowerCase(Locale.ROOT) + " "
                        + entry.getValue())
                .collect(Collectors.joining(", "))
                + "; a save in flight at " + inFlight + " kills, found saved after " + landed;
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
