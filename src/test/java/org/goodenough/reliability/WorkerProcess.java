package org.goodenough.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.goodenough.store.SqliteLibrary;

/**
 * One {@link SaveWorker} in its own Java process, started with this JVM and the test class
 * path. Its output is read as it comes, so the suite can wait for a line before it kills it;
 * only whole lines count, since a line cut off by the kill was never fully printed.
 */
final class WorkerProcess implements AutoCloseable {

    private final Process process;
    private final Path errors;
    private final Thread reader;
    private final List<String> lines = new ArrayList<>();
    private final Map<String, Long> seen = new HashMap<>();
    private boolean ended;

    private WorkerProcess(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.reader = new Thread(this::readLines, "save-worker-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a worker on {@code journal}, its error output going to {@code errors}.
     *
     * @param sqlite the options that tell it where SQLite's native library is: see {@link #sqlite}
     */
    static WorkerProcess start(Path journal, long seed, String tag, Path errors, List<String> sqlite)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A short-lived worker starts faster with the quick compiler and a small heap.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m"));
        command.addAll(sqlite);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                SaveWorker.class.getName(), journal.toString(), Long.toString(seed), tag));
        Process process = new ProcessBuilder(command)
                .redirectError(errors.toFile())
                .start();
        return new WorkerProcess(process, errors);
    }

    /**
     * Unpacks SQLite's native library into {@code folder} once, for every worker to load from
     * there. Left to itself, each worker would unpack its own copy, which a killed process
     * never removes. Where the library is not found, the copies at least go to {@code folder}.
     */
    static List<String> sqlite(Path folder) throws IOException {
        Path library = SqliteLibrary.copyIn(folder);
        if (library == null) {
            return List.of("-Dorg.sqlite.tmpdir=" + folder);
        }
        return List.of("-Dorg.sqlite.lib.path=" + folder, "-Dorg.sqlite.lib.name=" + library.getFileName());
    }

    /** Waits until the worker printed {@code line}; false if it stopped or the wait ran out first. */
    synchronized boolean await(String line, long timeoutMillis) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!seen.containsKey(line) && !ended) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return seen.containsKey(line);
    }

    /** How long after the line {@code first} the line {@code then} was read, if both were. */
    synchronized OptionalLong nanosBetween(String first, String then) {
        Long start = seen.get(first);
        Long end = seen.get(then);
        return start == null || end == null ? OptionalLong.empty() : OptionalLong.of(end - start);
    }

    /**
     * Kills the worker at once (SIGKILL on Linux and macOS), waits for it to be gone and reads
     * the rest of what it printed. The signal is sent through its {@link ProcessHandle}:
     * {@link Process#destroyForcibly()} would also close this end of its output at once,
     * dropping the lines still in the pipe, acknowledgements among them.
     *
     * @return its exit value: 137 (128 + signal 9) after SIGKILL
     */
    int kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor();
        reader.join();
        return process.exitValue();
    }

    /** Every whole line the worker printed; call after {@link #kill}. */
    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    String errors() throws IOException {
        return Files.readString(errors, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void readLines() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (InputStream output = process.getInputStream()) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = output.read(buffer)) >= 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        add(line.toString(StandardCharsets.UTF_8));
                        line.reset();
                    } else {
                        line.write(buffer[i]);
                    }
                }
            }
        } catch (IOException e) {
            // the pipe broke with the process: what was read is all there is
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    private synchronized void add(String text) {
        lines.add(text);
        seen.putIfAbsent(text, System.nanoTime());
        notifyAll();
    }
}
