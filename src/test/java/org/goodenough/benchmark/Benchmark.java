package org.goodenough.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The benchmark of docs/benchmarks.md: writes journals of each size, starts the app on each in
 * fresh JVMs beside a bare JavaFX window (plain and with a class-data archive), measures what
 * a person waits for in the window, and prints the tables for the doc. Not part of the tests:
 * run it with {@code mvn -q -Pbenchmark verify}.
 *
 * <p>Options (system properties): {@code benchmark.sizes} (default 1000,10000,100000),
 * {@code benchmark.runs} (starts per setup, default 7), {@code benchmark.quick} (1,000 and
 * 10,000, 3 runs, fewer queries), {@code benchmark.queries} (default 300),
 * {@code benchmark.saves} (default 200), {@code benchmark.monocle} (headless Monocle instead of
 * Xvfb), {@code benchmark.display} (the Xvfb display number, default 173),
 * {@code benchmark.jar} (default target/good-enough.jar), {@code benchmark.dir} (default
 * target/benchmark). With {@code benchmark.classList} set to a file, it measures nothing and
 * writes there the classes the window reads ahead instead ({@link FirstFrameClassList}).
 */
public final class Benchmark {

    private static final PrintStream OUT = System.out;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Boolean.parseBoolean(option("benchmark.quick", "false"));
        int[] sizes = Arrays.stream(option("benchmark.sizes",
                quick ? "1000,10000" : "1000,10000,100000").split(","))
                .mapToInt(size -> Integer.parseInt(size.trim())).toArray();
        int runs = Integer.parseInt(option("benchmark.runs", quick ? "3" : "7"));
        int queries = Integer.parseInt(option("benchmark.queries", quick ? "200" : "300"));
        int saves = Integer.parseInt(option("benchmark.saves", quick ? "100" : "200"));
        boolean pages = Boolean.parseBoolean(option("benchmark.pages", "true"));
        Path jar = Path.of(option("benchmark.jar", "target/good-enough.jar"));
        Path dir = Path.of(option("benchmark.dir", "target/benchmark"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn -q package first");
        }
        deleteTree(dir);
        Files.createDirectories(dir);
        quiet();

        Display display = Display.choose(Boolean.parseBoolean(option("benchmark.monocle", "false")),
                Integer.parseInt(option("benchmark.display", "173")));
        try {
            String classList = option("benchmark.classList", "");
            if (!classList.isEmpty()) {
                if (!display.real()) {
                    throw new IllegalStateException("The class list needs Xvfb on the PATH: "
                            + "headless Monocle loads other classes than a desktop's toolkit");
                }
                int written = FirstFrameClassList.write(Path.of(classList), jar, dir, display);
                OUT.printf(Locale.ROOT, "%,d classes read before the first frame, listed in %s%n",
                        written, classList);
                return;
            }
            List<Row> rows = new ArrayList<>();
            ChildStarts starts = starts(jar, dir, display);
            LocalDate today = LocalDate.now();
            for (int size : sizes) {
                long began = System.nanoTime();
                Path journal = dir.resolve("journal-" + size + ".db");
                BenchmarkJournal.write(journal, size, today);
                OUT.printf(Locale.ROOT, "%,d exposures written in %.1f s (%,d kB)%n", size,
                        (System.nanoTime() - began) / 1e9, Files.size(journal) / 1024);
                Path measured = dir.resolve("measured-" + size + ".db");
                Files.copy(journal, measured, StandardCopyOption.REPLACE_EXISTING);
                Row row = new Row(size);
                row.latencies = Latencies.measure(measured, queries, saves, deletes(size));
                OUT.printf(Locale.ROOT, "  in the window: measured%n");
                StartUp.measure(row, starts, journal, dir, runs);
                if (pages) {
                    row.pages = PageTimes.measure(starts, journal, dir);
                }
                rows.add(row);
            }
            Report.print(OUT, rows, display.describe(), runs);
        } finally {
            display.close();
        }
    }

    /** A system property, or {@code otherwise} when it is missing or blank (Maven passes blanks). */
    private static String option(String name, String otherwise) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? otherwise : value.trim();
    }

    /** How many exposures are deleted; their words leave the search index when it closes. */
    private static int deletes(int size) {
        return 20;
    }

    private static ChildStarts starts(Path jar, Path dir, Display display) throws IOException {
        Path bare = dir.resolve("bare-window.jar");
        writeBareWindowJar(bare);
        List<String> classpath = new ArrayList<>(List.of(jar.toAbsolutePath().toString(),
                bare.toAbsolutePath().toString()));
        classpath.addAll(display.extraClasspath());
        List<String> flags = new ArrayList<>(List.of("-Dgoodenough.exitAfterFirstFrame=true",
                "-Xshare:auto"));
        // As the app is started everywhere (the pom's app.jvm.options), the bare window alike.
        for (String flag : option("benchmark.jvmOptions", "").split("\\s+")) {
            if (!flag.isBlank()) {
                flags.add(flag);
            }
        }
        flags.addAll(display.jvmFlags());
        Map<String, String> environment = new HashMap<>(display.environment());
        return new ChildStarts(String.join(java.io.File.pathSeparator, classpath), flags,
                environment, dir);
    }

    /** The bare window's classes in a jar of their own, since a class-data archive needs jars. */
    private static void writeBareWindowJar(Path target) throws IOException {
        writeJar(target, "BareWindow", new Manifest());
    }

    /**
     * The benchmark's classes whose names start with {@code prefix} (a class and its nested
     * ones), in a jar of their own with {@code manifest}.
     */
    static void writeJar(Path target, String prefix, Manifest manifest) throws IOException {
        Path classes = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath());
        Path folder = classes.resolve("org/goodenough/benchmark");
        try (OutputStream file = Files.newOutputStream(target);
             JarOutputStream jar = new JarOutputStream(file, manifest);
             Stream<Path> found = Files.list(folder)) {
            for (Path each : found.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .toList()) {
                jar.putNextEntry(new JarEntry("org/goodenough/benchmark/" + each.getFileName()));
                jar.write(Files.readAllBytes(each));
                jar.closeEntry();
            }
        }
    }

    /** The app's own INFO lines would only clutter the table. */
    private static void quiet() {
        org.slf4j.Logger root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path each : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    /** What was measured for one journal size. */
    static final class Row {
        final int size;
        Latencies latencies;
        List<PageWalk.Figure> pages = List.of();
        final Map<String, Timings> starts = new HashMap<>();
        final Map<String, Timings> rss = new HashMap<>();

        Row(int size) {
            this.size = size;
        }

        Timings starts(String setup) {
            return starts.computeIfAbsent(setup, s -> new Timings());
        }

        Timings rss(String setup) {
            return rss.computeIfAbsent(setup, s -> new Timings());
        }
    }
}
