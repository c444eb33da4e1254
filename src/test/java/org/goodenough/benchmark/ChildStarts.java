package org.goodenough.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts fresh child JVMs, the app's or the bare window's, and reads how long each took to its
 * first frame (timed here, from just before the process is started to the line the child
 * prints after its first frame) and its peak resident memory (printed by the child).
 */
final class ChildStarts {

    static final String APP = "org.goodenough.app.Launcher";
    static final String BARE = "org.goodenough.benchmark.BareWindow";

    private final String classpath;
    private final List<String> jvmFlags;
    private final Map<String, String> environment;
    private final Path scratch;
    private int started;

    /**
     * @param classpath   the same for the app and the bare window
     * @param jvmFlags    the same for both: the toolkit's choice and the probe's switch
     * @param environment added to each child's (DISPLAY, say)
     * @param scratch     where each child gets a data folder of its own
     */
    ChildStarts(String classpath, List<String> jvmFlags, Map<String, String> environment, Path scratch) {
        this.classpath = classpath;
        this.jvmFlags = jvmFlags;
        this.environment = environment;
        this.scratch = scratch;
    }

    /** One start of {@code mainClass} with {@code extraFlags} (a class-data archive, say). */
    Start run(String mainClass, List<String> extraFlags, List<String> args) {
        try {
            ProcessBuilder builder = builder(mainClass, extraFlags, args);
            long before = System.nanoTime();
            Process process = builder.start();
            double firstFrame = Double.NaN;
            long rss = -1;
            StringBuilder output = new StringBuilder();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("first-frame ") && Double.isNaN(firstFrame)) {
                        firstFrame = (System.nanoTime() - before) / 1e6;
                    } else if (line.startsWith("peak-rss-kb ")) {
                        rss = Long.parseLong(line.substring("peak-rss-kb ".length()).trim());
                    } else if (output.length() < 4000) {
                        output.append(line).append('\n');
                    }
                }
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            if (Double.isNaN(firstFrame)) {
                throw new IllegalStateException("No first frame from " + mainClass + ":\n" + output);
            }
            return new Start(firstFrame, rss);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + mainClass, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /**
     * One run of the app with {@code extraFlags} until it closes by itself (a minute and a half
     * at most): every line it printed.
     */
    List<String> lines(List<String> extraFlags, List<String> args) {
        try {
            ProcessBuilder builder = builder(APP, extraFlags, args);
            Process process = builder.start();
            List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(
                        process.getInputStream(), StandardCharsets.UTF_8))) {
                    in.lines().forEach(lines::add);
                } catch (IOException e) {
                    lines.add("unreadable: " + e);
                }
            });
            reader.start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            reader.join(5_000);
            synchronized (lines) {
                return new ArrayList<>(lines);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the app", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** A child JVM of {@code mainClass}, with a data folder of its own. */
    private ProcessBuilder builder(String mainClass, List<String> extraFlags, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(extraFlags);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        Path data = Files.createDirectories(scratch.resolve("data-" + (++started)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("XDG_DATA_HOME", data.toString());
        return builder;
    }

    /** How long to the first frame, in ms, and the peak resident memory, in kB. */
    record Start(double firstFrameMillis, long peakRssKb) {
    }
}
