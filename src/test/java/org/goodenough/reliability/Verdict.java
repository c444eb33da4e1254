package org.goodenough.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the crash suite makes of a reopened journal. It must hold exactly what every
 * acknowledged save led to, or exactly that plus the one save that was in flight when the
 * worker was killed (saved but not yet acknowledged). Anything else is named: an acknowledged
 * value the journal no longer holds is lost; a value nobody saved, or a save in flight found
 * only in part, is unexpected.
 *
 * @param lost       one line per acknowledged value not found
 * @param unexpected one line per other difference
 * @param landed     whether the journal holds the save in flight as well
 */
record Verdict(List<String> lost, List<String> unexpected, boolean landed) {

    static Verdict of(JournalFacts acknowledged, Save inFlight, JournalFacts found) {
        if (found.equals(acknowledged)) {
            return new Verdict(List.of(), List.of(), false);
        }
        List<JournalFacts> withInFlight = new ArrayList<>();
        if (inFlight != null && inFlight.id() != null) {
            withInFlight.add(acknowledged.after(inFlight));
        } else if (inFlight != null) {
            for (long id : found.newIds(inFlight.kind(), acknowledged)) {
                withInFlight.add(acknowledged.after(new Save(inFlight.kind(), id, inFlight.digest())));
            }
        }
        if (withInFlight.contains(found)) {
            return new Verdict(List.of(), List.of(), true);
        }
        JournalFacts landed = withInFlight.isEmpty() ? null : withInFlight.get(0);
        Set<String> keys = new TreeSet<>(acknowledged.keys());
        keys.addAll(found.keys());
        List<String> lost = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        for (String key : keys) {
            if (found.holdsSame(key, acknowledged) || found.holdsSame(key, landed)) {
                continue;
            }
            String line = key + ": acknowledged " + shortly(acknowledged.get(key))
                    + (landed == null ? "" : ", or in flight " + shortly(landed.get(key)))
                    + ", found " + shortly(found.get(key));
            (acknowledged.get(key) != null ? lost : unexpected).add(line);
        }
        if (lost.isEmpty() && unexpected.isEmpty()) {
            unexpected.add("the save in flight, " + inFlight.line(Save.INTENT) + ", is in the"
                    + " journal only in part");
        }
        return new Verdict(List.copyOf(lost), List.copyOf(unexpected), false);
    }

    private static String shortly(String digest) {
        if (digest == null) {
            return "nothing";
        }
        return digest.length() > 12 ? digest.substring(0, 12) + "…" : digest;
    }
}
