package org.goodenough.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where the child JVMs draw: a real GTK window on an X virtual frame buffer the benchmark
 * starts itself when {@code Xvfb} is on the PATH, else headless Monocle, as the tests use.
 */
final class Display implements AutoCloseable {

    private final Process xvfb;
    private final int number;

    private Display(Process xvfb, int number) {
        this.xvfb = xvfb;
        this.number = number;
    }

    static Display choose(boolean monocle, int preferred) throws IOException, InterruptedException {
        if (monocle || onPath("Xvfb") == null) {
            return new Display(null, -1);
        }
        int number = preferred;
        while (Files.exists(socket(number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
            number++;
        }
        Process xvfb = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1280x800x24",
                "-nolisten", "tcp").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        for (int i = 0; i < 100 && !Files.exists(socket(number)); i++) {
            if (!xvfb.isAlive()) {
                return new Display(null, -1);
            }
            Thread.sleep(100);
        }
        return new Display(xvfb, number);
    }

    private static Path socket(int number) {
        return Path.of("/tmp/.X11-unix/X" + number);
    }

    private static Path onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst().orElse(null);
    }

    boolean real() {
        return xvfb != null;
    }

    Map<String, String> environment() {
        return real() ? Map.of("DISPLAY", ":" + number) : Map.of();
    }

    List<String> jvmFlags() {
        return real() ? List.of() : List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k");
    }

    /** Monocle is a test dependency: the children find it where this JVM did. */
    List<String> extraClasspath() {
        return real() ? List.of() : Arrays.stream(System.getProperty("java.class.path")
                .split(File.pathSeparator)).filter(entry -> entry.contains("openjfx-monocle")).toList();
    }

    String describe() {
        return real() ? "GTK on Xvfb :" + number + " (1280x800x24, no window manager)"
                : "headless Monocle (Xvfb was not found, or benchmark.monocle was set)";
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }
}
