package org.goodenough.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Each page of the window on a journal, timed by {@link PageWalk} in a child JVM of its own:
 * that no page takes longer to show as the journal grows.
 */
final class PageTimes {

    private PageTimes() {
    }

    static List<PageWalk.Figure> measure(ChildStarts starts, Path journal, Path dir)
            throws IOException {
        Path agent = dir.resolve("page-walk.jar");
        if (!Files.exists(agent)) {
            writeAgentJar(agent);
        }
        List<String> lines = starts.lines(List.of("-Dgoodenough.exitAfterFirstFrame=false",
                "-javaagent:" + agent.toAbsolutePath()),
                List.of("--journal=" + journal.toAbsolutePath()));
        List<PageWalk.Figure> figures = PageWalk.Figure.parse(lines);
        if (!lines.contains("page-walk-done")) {
            throw new IllegalStateException("The page walk did not finish:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
        }
        long slowest = figures.stream().mapToLong(PageWalk.Figure::shownMs).max().orElse(0);
        System.out.printf(Locale.ROOT, "  pages: %d visits, the slowest shown in %d ms%n",
                figures.size(), slowest);
        return figures;
    }

    /** The agent's classes in a jar of their own, with the manifest line that names it. */
    private static void writeAgentJar(Path target) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"),
                PageWalk.class.getName());
        Benchmark.writeJar(target, "PageWalk", manifest);
    }
}
