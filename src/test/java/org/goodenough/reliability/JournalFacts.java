package org.goodenough.reliability;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Ladder;
import org.goodenough.planner.JournalSession;

/**
 * What a journal holds, as facts the crash suite can compare: for each exposure the
 * {@link SaveDigest} of its plan, of where it stands, and of its reflection; for each ladder
 * the digest of its name, belief and latest strength, and how many ratings its history has.
 * Facts are immutable; {@link #after} gives the facts a save leads to.
 */
final class JournalFacts {

    private static final String PLANNED = SaveDigest.doing(ExposureStatus.PLANNED, Distress.NOT_RATED);

    private final Map<String, String> facts;

    private JournalFacts(Map<String, String> facts) {
        this.facts = facts;
    }

    static JournalFacts none() {
        return new JournalFacts(new TreeMap<>());
    }

    /** Reads every exposure and ladder of an open journal, through the planner. */
    static JournalFacts read(JournalSession session) {
        Map<String, String> facts = new TreeMap<>();
        for (JournalSection section : JournalSection.values()) {
            int count = session.planner().count(section);
            for (Exposure exposure : session.planner().list(section, 0, count + 1)) {
                String key = "exposure " + exposure.id();
                facts.put(key + " plan", SaveDigest.plan(exposure.plan()));
                facts.put(key + " doing", SaveDigest.doing(exposure.status(), exposure.distress()));
                if (exposure.hasReflection()) {
                    facts.put(key + " reflection", SaveDigest.reflection(exposure.reflection()));
                }
            }
        }
        for (Ladder ladder : session.ladders().all()) {
            String key = "ladder " + ladder.id();
            facts.put(key, SaveDigest.ladder(ladder.name(), ladder.belief(), ladder.beliefStrength()));
            facts.put(key + " ratings",
                    Integer.toString(session.ladders().overview(ladder.id()).history().size()));
        }
        return new JournalFacts(facts);
    }

    /** The facts once {@code save} (whose id is known) is in the journal too. */
    JournalFacts after(Save save) {
        Map<String, String> next = new TreeMap<>(facts);
        String exposure = "exposure " + save.id();
        String ladder = "ladder " + save.id();
        switch (save.kind()) {
            case PLAN -> {
                next.put(exposure + " plan", save.digest());
                next.put(exposure + " doing", PLANNED);
            }
            case EDIT -> next.put(exposure + " plan", save.digest());
            case DONE, SET_ASIDE -> next.put(exposure + " doing", save.digest());
            case REFLECT -> next.put(exposure + " reflection", save.digest());
            case LADDER -> {
                next.put(ladder, save.digest());
                next.put(ladder + " ratings", "1");
            }
            case BELIEF -> {
                next.put(ladder, save.digest());
                int ratings = Integer.parseInt(facts.getOrDefault(ladder + " ratings", "0"));
                next.put(ladder + " ratings", Integer.toString(ratings + 1));
            }
        }
        return new JournalFacts(next);
    }

    /** Ids of the records of the kind {@code kind} makes that are here but not in {@code earlier}. */
    Set<Long> newIds(SaveKind kind, JournalFacts earlier) {
        String prefix = kind == SaveKind.PLAN ? "exposure " : "ladder ";
        Set<Long> ids = new TreeSet<>();
        for (String key : facts.keySet()) {
            if (key.startsWith(prefix) && !earlier.facts.containsKey(key)) {
                ids.add(Long.valueOf(key.split(" ")[1]));
            }
        }
        return ids;
    }

    Set<String> keys() {
        return facts.keySet();
    }

    String get(String key) {
        return facts.get(key);
    }

    int records() {
        return (int) facts.keySet().stream()
                .filter(key -> key.endsWith(" plan") || key.matches("ladder \\d+")).count();
    }

    boolean holdsSame(String key, JournalFacts other) {
        return other != null && Objects.equals(get(key), other.get(key));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JournalFacts those && facts.equals(those.facts);
    }

    @Override
    public int hashCode() {
        return facts.hashCode();
    }
}
