package org.goodenough.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Start-up to the first frame, the app on a journal beside the bare window, each in fresh
 * JVMs taking turns so the machine's load falls on both alike; plain, then each with a dynamic
 * class-data archive (AppCDS) made by a training run of its own.
 */
final class StartUp {

    static final String BARE = "bare";
    static final String APP = "app";
    static final String BARE_CDS = "bare+cds";
    static final String APP_CDS = "app+cds";

    private StartUp() {
    }

    static void measure(Benchmark.Row row, ChildStarts starts, Path journal, Path dir, int runs) {
        List<String> appArgs = List.of("--journal=" + journal.toAbsolutePath());
        Path appArchive = dir.resolve("app.jsa");
        Path bareArchive = dir.resolve("bare.jsa");
        if (!Files.exists(appArchive)) {
            // Training runs: the classes loaded up to the first frame are written at exit.
            starts.run(ChildStarts.APP, List.of("-XX:ArchiveClassesAtExit=" + appArchive), appArgs);
            starts.run(ChildStarts.BARE, List.of("-XX:ArchiveClassesAtExit=" + bareArchive), List.of());
        }
        List<String> withApp = List.of("-XX:SharedArchiveFile=" + appArchive);
        List<String> withBare = List.of("-XX:SharedArchiveFile=" + bareArchive);
        // One start of each first, not counted: the system's file cache warms up for both.
        starts.run(ChildStarts.BARE, List.of(), List.of());
        starts.run(ChildStarts.APP, List.of(), appArgs);
        for (int i = 0; i < runs; i++) {
            record(row, BARE, starts.run(ChildStarts.BARE, List.of(), List.of()));
            record(row, APP, starts.run(ChildStarts.APP, List.of(), appArgs));
            record(row, BARE_CDS, starts.run(ChildStarts.BARE, withBare, List.of()));
            record(row, APP_CDS, starts.run(ChildStarts.APP, withApp, appArgs));
        }
        System.out.printf(Locale.ROOT, "  start-up: app %.0f ms, bare %.0f ms (medians of %d)%n",
                row.starts(APP).median(), row.starts(BARE).median(), runs);
    }

    private static void record(Benchmark.Row row, String setup, ChildStarts.Start start) {
        row.starts(setup).add(start.firstFrameMillis());
        row.rss(setup).add(start.peakRssKb() / 1024.0);
    }
}
