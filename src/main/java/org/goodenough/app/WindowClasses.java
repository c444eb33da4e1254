package org.goodenough.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The classes the start needs up to the window's first frame, read ahead on a thread of their
 * own. Before the first frame the toolkit's thread read some 2,400 classes from the app's jar
 * (JavaFX's controls and skins, the theme, the icons, the app's own views), one after another
 * as each was first used; read here while the toolkit starts and the journal opens, most are
 * ready by the time that thread asks for them.
 *
 * <p>The names come from {@value #LIST}: every class one start of the app read from its jar,
 * on any thread, up to its first frame (see docs/benchmarks.md). A class is read and linked,
 * never initialised, so none of its code runs here, and a name that no longer exists, or a
 * class that cannot be linked, is passed over: a list out of date costs speed, never
 * correctness.
 */
final class WindowClasses {

    /** The class names, one a line, in the order the first start read them. */
    static final String LIST = "first-frame-classes.txt";

    private WindowClasses() {
    }

    /** Starts reading the classes on a daemon thread of its own, and returns at once. */
    static void readAhead() {
        Thread thread = new Thread(() -> read(WindowClasses.class.getClassLoader()),
                "window-classes");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Reads and links each class named in the list through {@code loader}, without
     * initialising it; returns how many were found. A class missing or failing to link is
     * passed over, and a list that cannot be read reads nothing: this only saves time.
     */
    static int read(ClassLoader loader) {
        try (InputStream in = WindowClasses.class.getResourceAsStream(LIST)) {
            return in == null ? 0 : read(in, loader);
        } catch (IOException e) {
            // As below: only time is lost.
            return 0;
        }
    }

    /** As {@link #read(ClassLoader)}, for the names in {@code list}. */
    static int read(InputStream list, ClassLoader loader) throws IOException {
        int found = 0;
        BufferedReader names = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8));
        String name;
        while ((name = names.readLine()) != null) {
            if (name.isBlank()) {
                continue;
            }
            try {
                // Asking for its constructors has the JVM link the class too (check its code),
                // still without initialising it: that check would otherwise also fall on the
                // toolkit's thread.
                Class.forName(name.strip(), false, loader).getDeclaredConstructors();
                found++;
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                // Renamed or gone since the list was written: the window reads what it needs.
            }
        }
        return found;
    }
}
