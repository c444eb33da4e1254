package org.goodenough.benchmark;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The tables for docs/benchmarks.md, in Markdown, and the targets at the largest journal. */
final class Report {

    private Report() {
    }

    static void print(PrintStream out, List<Benchmark.Row> rows, String display, int runs) {
        Runtime runtime = Runtime.getRuntime();
        out.println();
        out.printf(Locale.ROOT, "Machine: %s %s, %d cores, Java %s (%s); load average %.2f; children on %s.%n",
                System.getProperty("os.name"), System.getProperty("os.version"),
                runtime.availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                display);
        out.printf(Locale.ROOT, "JVM options of this JVM, which measured the window's latencies (the app "
                + "and the bare window started with the same, and -Xshare:auto): %s%n",
                String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean()
                        .getInputArguments().stream()
                        .filter(argument -> argument.startsWith("-XX:") || argument.startsWith("-Xs"))
                        .toList()));
        out.println();
        out.printf(Locale.ROOT, "Start-up to the first frame (ms, median of %d fresh JVMs) and peak RSS (MB, median)%n%n", runs);
        out.println("| exposures | bare | app | app / bare | bare, AppCDS | app, AppCDS | app / bare, AppCDS"
                + " | app, AppCDS / bare plain | RSS bare | RSS app | RSS app / bare |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Benchmark.Row row : rows) {
            double bare = row.starts(StartUp.BARE).median();
            double app = row.starts(StartUp.APP).median();
            double bareCds = row.starts(StartUp.BARE_CDS).median();
            double appCds = row.starts(StartUp.APP_CDS).median();
            double rssBare = row.rss(StartUp.BARE).median();
            double rssApp = row.rss(StartUp.APP).median();
            out.printf(Locale.ROOT, "| %,d | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f | %.2f | %.0f | %.0f | %.2f |%n",
                    row.size, bare, app, app / bare, bareCds, appCds, appCds / bareCds, appCds / bare,
                    rssBare, rssApp, rssApp / rssBare);
        }
        out.println();
        out.println("In the window (ms; through the planner on a real journal, synchronous=FULL)");
        out.println();
        out.println("| exposures | open, full check | open, as closed | first list page | list page, warm (median)"
                + " | search median | search p95 | save median | save p95 | delete median"
                + " | close after deletes | insights, first | insights (median) |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Benchmark.Row row : rows) {
            Latencies l = row.latencies;
            out.printf(Locale.ROOT, "| %,d | %.0f | %.0f | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f | %.1f | %.0f | %.0f | %.0f |%n",
                    row.size, l.open.median(), l.reopen.median(), l.firstPage.median(), l.page.median(),
                    l.search.median(), l.search.p95(), l.save.median(), l.save.p95(),
                    l.delete.median(), l.close.median(), l.firstInsights.median(), l.insights.median());
        }
        printPages(out, rows);
        Benchmark.Row largest = rows.get(rows.size() - 1);
        Latencies l = largest.latencies;
        out.println();
        out.printf(Locale.ROOT, "Targets at %,d exposures (search over %d queries, saves over %d)%n%n",
                largest.size, l.search.count(), l.save.count());
        out.println("| target | measured | met |");
        out.println("|---|---:|:---:|");
        double ratio = largest.starts(StartUp.APP).median() / largest.starts(StartUp.BARE).median();
        double ratioCds = largest.starts(StartUp.APP_CDS).median() / largest.starts(StartUp.BARE_CDS).median();
        double rss = largest.rss(StartUp.APP).median() / largest.rss(StartUp.BARE).median();
        target(out, "start-up app / bare ≤ 1.2 (plain)", ratio, 1.2, "%.2f");
        target(out, "start-up app / bare ≤ 1.2 (both with AppCDS)", ratioCds, 1.2, "%.2f");
        target(out, "first list page ≤ 50 ms", l.firstPage.median(), 50, "%.1f ms");
        target(out, "search p95 ≤ 10 ms", l.search.p95(), 10, "%.2f ms");
        target(out, "durable save p95 ≤ 10 ms", l.save.p95(), 10, "%.2f ms");
        target(out, "insights ≤ 200 ms (first)", l.firstInsights.median(), 200, "%.0f ms");
        target(out, "RSS ≤ 1.5 × bare window", rss, 1.5, "%.2f ×");
    }

    /**
     * Each page's time until it is laid out, on its first visit and again, and the longest
     * single stall of the JavaFX thread while it settled, for each journal size.
     */
    private static void printPages(PrintStream out, List<Benchmark.Row> rows) {
        List<Benchmark.Row> walked = rows.stream().filter(row -> !row.pages.isEmpty()).toList();
        if (walked.isEmpty()) {
            return;
        }
        out.println();
        out.println("Each page of the window, reached with its shortcut (ms until the page is laid out"
                + " in a pulse, first visit / again; in brackets the JavaFX thread's longest single"
                + " stall while it settled)");
        out.println();
        StringBuilder head = new StringBuilder("| page |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Benchmark.Row row : walked) {
            head.append(String.format(Locale.ROOT, " %,d |", row.size));
            rule.append("---:|");
        }
        out.println(head);
        out.println(rule);
        for (PageWalk.Figure first : walked.get(0).pages) {
            if (!first.round().equals("first")) {
                continue;
            }
            StringBuilder line = new StringBuilder("| " + first.page() + " |");
            for (Benchmark.Row row : walked) {
                line.append(' ').append(cell(row.pages, first.page())).append(" |");
            }
            out.println(line);
        }
    }

    private static String cell(List<PageWalk.Figure> figures, String page) {
        PageWalk.Figure first = null;
        PageWalk.Figure again = null;
        for (PageWalk.Figure each : figures) {
            if (each.page().equals(page)) {
                if (each.round().equals("first")) {
                    first = each;
                } else {
                    again = each;
                }
            }
        }
        if (first == null || again == null) {
            return "–";
        }
        return String.format(Locale.ROOT, "%d / %d (%d)", first.shownMs(), again.shownMs(),
                Math.max(first.longestMs(), again.longestMs()));
    }

    private static void target(PrintStream out, String what, double measured, double limit, String format) {
        out.printf(Locale.ROOT, "| %s | " + format + " | %s |%n", what, measured,
                measured <= limit ? "yes" : "no");
    }
}
