package org.goodenough.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFBox is loaded when a worksheet is printed, never when a journal opens, so it cannot slow
 * start-up. The app's classes and PDFBox's are loaded afresh by a loader that notes each one.
 */
class PdfBoxWaitsForPrintingTest {

    @TempDir
    Path folder;

    @Test
    void openingAJournalLoadsNoPdfBoxClassAndPrintingDoes() throws Exception {
        try (NotingLoader loader = new NotingLoader()) {
            Class<?> sessions = loader.loadClass(JournalSession.class.getName());
            Object session = sessions.getMethod("open", Path.class, Clock.class)
                    .invoke(null, folder.resolve("journal.db"), Clock.systemDefaultZone());
            try (AutoCloseable closing = (AutoCloseable) session) {
                Object printing = sessions.getMethod("worksheets").invoke(session);
                Object paper = printing.getClass().getMethod("paper").invoke(printing);
                assertEquals(List.of(), loader.pdfBox(), "nothing of PDFBox before printing");

                Class<?> progress = loader.loadClass("org.goodenough.domain.Progress");
                Method blank = printing.getClass().getMethod("blank", paper.getClass(), Path.class,
                        progress);
                Path file = folder.resolve("blank.pdf");
                blank.invoke(printing, paper, file, progress.getField("NONE").get(null));
                assertTrue(Files.size(file) > 0);
                assertTrue(!loader.pdfBox().isEmpty(), "printing loads PDFBox, and this test sees it");
            }
        }
    }

    /** Loads the app's and PDFBox's classes itself, noting each; the rest comes from its parent. */
    private static final class NotingLoader extends URLClassLoader {

        private final List<String> loaded = Collections.synchronizedList(new ArrayList<>());

        NotingLoader() throws Exception {
            super(classPath(), PdfBoxWaitsForPrintingTest.class.getClassLoader());
        }

        private static URL[] classPath() throws Exception {
            String path = System.getProperty("surefire.test.class.path",
                    System.getProperty("java.class.path"));
            List<URL> urls = new ArrayList<>();
            for (String entry : path.split(File.pathSeparator)) {
                urls.add(new File(entry).toURI().toURL());
            }
            return urls.toArray(URL[]::new);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.goodenough.") && !name.startsWith("org.apache.pdfbox.")
                    && !name.startsWith("org.apache.fontbox.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> found = findLoadedClass(name);
                if (found == null) {
                    found = findClass(name);
                    loaded.add(name);
                }
                if (resolve) {
                    resolveClass(found);
                }
                return found;
            }
        }

        List<String> pdfBox() {
            return loaded.stream().filter(name -> name.startsWith("org.apache.")).toList();
        }
    }
}
