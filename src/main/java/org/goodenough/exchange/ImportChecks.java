package org.goodenough.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goodenough.domain.PortableExposure;
import org.goodenough.store.KnownIds;

/**
 * Checks what single values cannot show: that ids are not used twice, and that each exposure's
 * ladder and series exist, in the file or in the journal it is going into.
 */
final class ImportChecks {

    private final JsonJournalReader.ReadFile file;
    private final KnownIds journal;

    ImportChecks(JsonJournalReader.ReadFile file, KnownIds journal) {
        this.file = file;
        this.journal = journal;
    }

    /** @throws ImportRefusedException at the first record that does not fit */
    void check() {
        unique("ladders", file.ladders.stream().map(l -> l.uid()).toList(), file.ladderPlaces);
        unique("exposures", file.exposures.stream().map(PortableExposure::uid).toList(),
                file.exposurePlaces);
        unique("ownIdeas", file.ideas.stream().map(i -> i.uid()).toList(), file.ideaPlaces);
        Map<String, Boolean> firstOfSeries = new HashMap<>();
        for (PortableExposure exposure : file.exposures) {
            firstOfSeries.put(exposure.uid(), exposure.repeatOfUid() == null);
        }
        // What the journal holds already stays as it is, so its word counts for those.
        firstOfSeries.putAll(journal.exposures());
        Set<String> ladders = new HashSet<>();
        file.ladders.forEach(l -> ladders.add(l.uid()));
        for (int i = 0; i < file.exposures.size(); i++) {
            PortableExposure exposure = file.exposures.get(i);
            FilePlace place = file.exposurePlaces.get(i);
            String ladder = exposure.ladderUid();
            if (ladder != null && !ladders.contains(ladder) && !journal.ladders().contains(ladder)) {
                throw refuse(place, Phrase.of("its ladder \"" + ladder + "\" is neither in the"
                        + " file nor in your journal.", "import.ladderNowhere", ladder));
            }
            String first = exposure.repeatOfUid();
            if (first == null) {
                continue;
            }
            Boolean isFirst = firstOfSeries.get(first);
            if (first.equals(exposure.uid())) {
                throw refuse(place, Phrase.of("it says it repeats itself.",
                        "import.repeatsItself"));
            }
            if (isFirst == null) {
                throw refuse(place, Phrase.of("the exposure it repeats (\"" + first + "\") is"
                        + " neither in the file nor in your journal.", "import.repeatNowhere",
                        first));
            }
            if (!isFirst) {
                throw refuse(place, Phrase.of("\"repeatOf\" names \"" + first + "\", which is"
                        + " itself a repeat; it should name the first exposure of the series.",
                        "import.repeatOfRepeat", first));
            }
        }
    }

    /**
     * The exposures in the file's order, except that a repeat written before the first exposure
     * of its series waits until that one is in: the journal needs the first to point to.
     */
    List<PortableExposure> inSeriesOrder() {
        Set<String> inFile = new HashSet<>();
        file.exposures.forEach(e -> inFile.add(e.uid()));
        Set<String> placed = new HashSet<>();
        Map<String, List<PortableExposure>> waiting = new HashMap<>();
        List<PortableExposure> ordered = new ArrayList<>(file.exposures.size());
        for (PortableExposure exposure : file.exposures) {
            String first = exposure.repeatOfUid();
            if (first != null && inFile.contains(first) && !placed.contains(first)) {
                waiting.computeIfAbsent(first, k -> new ArrayList<>()).add(exposure);
                continue;
            }
            ordered.add(exposure);
            placed.add(exposure.uid());
            ordered.addAll(waiting.getOrDefault(exposure.uid(), List.of()));
        }
        return ordered;
    }

    private static void unique(String array, List<String> ids, List<FilePlace> places) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Integer earlier = first.putIfAbsent(ids.get(i), i);
            if (earlier != null) {
                // The earlier record is named by its place in the file, a path, not a count.
                throw refuse(places.get(i), Phrase.of("the id \"" + ids.get(i) + "\" is already"
                        + " used by " + array + "[" + earlier + "]; each record needs its own.",
                        "import.idTwice", ids.get(i), array, String.valueOf(earlier)));
            }
        }
    }

    /** The window's words hold the whole sentence, the start included. */
    private static ImportRefusedException refuse(FilePlace place, Phrase problem) {
        return new ImportRefusedException(place, problem.reason(),
                "This record cannot be imported: " + problem.english());
    }
}
