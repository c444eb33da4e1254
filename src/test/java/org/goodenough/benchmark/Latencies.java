package org.goodenough.benchmark;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureFilter;
import org.goodenough.domain.JournalSection;
import org.goodenough.planner.ExposurePlanner;
import org.goodenough.planner.InsightRequest;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PlanInput;

/**
 * What a person waits for in the open window, measured in this JVM on a real journal through
 * the planner, the way the window's view-models call it (on their worker thread).
 */
final class Latencies {

    /** As the journal window reads each list (JournalViewModel.PAGE). */
    private static final int PAGE = 50;
    /** As the search screen asks (SearchViewModel.SHOWN). */
    private static final int SHOWN = 100;

    /** Opening a journal last written by something else: checked page by page. */
    final Timings open = new Timings();
    /** Opening it again as this app closed it (JournalSeal). */
    final Timings reopen = new Timings();
    final Timings firstPage = new Timings();
    final Timings page = new Timings();
    final Timings search = new Timings();
    final Timings save = new Timings();
    final Timings firstInsights = new Timings();
    final Timings insights = new Timings();
    final Timings delete = new Timings();
    /** Closing after deletes: the search index is tidied then (SearchScrub). */
    final Timings close = new Timings();

    /** Measures each on {@code file}, a journal this may change. */
    static Latencies measure(Path file, int queries, int saves, int deletes) {
        Latencies measured = new Latencies();
        JournalSession session = measured.open.time(() -> JournalSession.open(file, Clock.systemDefaultZone()));
        try {
            measured.firstPage.time(() -> readLists(session));
            for (int i = 0; i < 20; i++) {
                measured.page.time(() -> readLists(session));
            }
            measured.firstInsights.time(() -> session.insights().report(InsightRequest.allTime()));
            for (int i = 0; i < 5; i++) {
                measured.insights.time(() -> session.insights().report(InsightRequest.allTime()));
            }
            List<String> typed = typed(queries);
            for (String words : typed.subList(0, Math.min(30, typed.size()))) {
                find(session, words);
            }
            for (String words : typed) {
                measured.search.time(() -> find(session, words));
            }
            ExposurePlanner planner = session.planner();
            List<Long> saved = new ArrayList<>();
            for (int i = 0; i < 20 + saves; i++) {
                PlanInput plan = PlanInput.of("Leave a benchmark note unpolished, number " + i);
                if (i < 20) {
                    saved.add(planner.plan(plan).id());
                } else {
                    saved.add(measured.save.time(() -> planner.plan(plan)).id());
                }
            }
            for (int i = 0; i < deletes && i < saved.size(); i++) {
                Exposure gone = planner.find(saved.get(i)).orElseThrow();
                measured.delete.time(() -> {
                    planner.delete(planner.askToDelete(gone.id()));
                    return null;
                });
            }
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        measured.close.time(() -> {
            session.close();
            return null;
        });
        for (int i = 0; i < 3; i++) {
            measured.reopen.time(() -> JournalSession.open(file, Clock.systemDefaultZone())).close();
        }
        return measured;
    }

    /** The three lists as the window shows them first: a page each and how many in all. */
    private static int readLists(JournalSession session) {
        int read = 0;
        for (JournalSection section : JournalSection.values()) {
            read += session.planner().list(section, 0, PAGE).size();
            read += session.planner().count(section);
        }
        return read + (session.preferences().safetyNoteRead() ? 1 : 0);
    }

    private static int find(JournalSession session, String words) {
        return session.search().find(ExposureFilter.any().withWords(words), SHOWN).found().size();
    }

    /**
     * What people type: whole words, the first letters of a word as it is being typed, and two
     * words; seeded, so every run asks the same.
     */
    static List<String> typed(int count) {
        List<String> words = BenchmarkJournal.searchWords();
        Random random = new Random(20261206);
        List<String> typed = new ArrayList<>();
        while (typed.size() < count) {
            String word = words.get(random.nextInt(words.size()));
            int kind = random.nextInt(10);
            if (kind < 4) {
                typed.add(word);
            } else if (kind < 7) {
                typed.add(word.substring(0, Math.min(word.length(), 2 + random.nextInt(3))));
            } else {
                typed.add(word + " " + words.get(random.nextInt(words.size())));
            }
        }
        return typed;
    }
}
