package org.goodenough.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the list of classes the window reads ahead while it starts ({@code
 * app.WindowClasses}): one start of the packaged app on a 1,000-exposure journal, up to its
 * first frame and the exit right after it, with the JVM's class-load log; every class read from
 * the app's jar on any thread, in the order it was read. Lambdas and other classes the JVM makes as it runs are left out:
 * they cannot be named.
 *
 * <p>That start is given an empty list (a folder ahead of the jar on the classpath), so the
 * list holds what the window itself needs, not what an older list had read.
 */
final class FirstFrameClassList {

    private FirstFrameClassList() {
    }

    /** Writes the list to {@code target}, starting {@code jar} on {@code display}; returns its size. */
    static int write(Path target, Path jar, Path dir, Display display) throws IOException {
        Path journal = dir.resolve("journal-classes.db");
        BenchmarkJournal.write(journal, 1_000, LocalDate.now());
        Path empty = dir.resolve("no-class-list");
        Path emptyList = empty.resolve("org/goodenough/app/first-frame-classes.txt");
        Files.createDirectories(emptyList.getParent());
        Files.writeString(emptyList, "");
        List<String> classpath = new ArrayList<>(List.of(empty.toAbsolutePath().toString(),
                jar.toAbsolutePath().toString()));
        classpath.addAll(display.extraClasspath());
        List<String> flags = new ArrayList<>(List.of("-Dgoodenough.exitAfterFirstFrame=true"));
        flags.addAll(display.jvmFlags());
        ChildStarts starts = new ChildStarts(String.join(java.io.File.pathSeparator, classpath),
                flags, Map.copyOf(display.environment()), dir);
        Path log = dir.resolve("class-load.log");
        starts.run(ChildStarts.APP, List.of("-Xlog:class+load=info:file=" + log.toAbsolutePath()),
                List.of("--journal=" + journal.toAbsolutePath()));
        List<String> names = fromJar(Files.readAllLines(log, StandardCharsets.UTF_8),
                jar.getFileName().toString());
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, names, StandardCharsets.UTF_8);
        return names.size();
    }

    /**
     * The classes a class-load log says were read from the jar called {@code jarName}, in their
     * order, each once, leaving out those the JVM made as it ran (they have no name to load by).
     */
    static List<String> fromJar(List<String> log, String jarName) {
        Set<String> names = new LinkedHashSet<>();
        String source = " source: ";
        for (String line : log) {
            int at = line.indexOf(source);
            int start = line.indexOf("] ", line.indexOf("[class,load]")) + 2;
            if (at < 0 || start < 2 || start > at || !line.startsWith("file:", at + source.length())
                    || !line.endsWith("/" + jarName)) {
                continue;
            }
            String name = line.substring(start, at).strip();
            if (!name.contains("$$Lambda") && !name.contains("/")) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }
}
