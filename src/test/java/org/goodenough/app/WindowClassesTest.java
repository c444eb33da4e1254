package org.goodenough.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classes read ahead for the window's first frame, and the list that names them. */
class WindowClassesTest {

    /** Set when {@link Initialised} is initialised, which reading ahead must never do. */
    static volatile boolean initialised;

    static final class Initialised {
        static {
            initialised = true;
        }
    }

    @Test
    void readsEachNamedClassWithoutInitialisingItAndPassesOverNamesThatAreGone() throws IOException {
        String list = Initialised.class.getName() + "\n\n  \norg.goodenough.NoLongerHere\n"
                + "java.lang.String\n";
        int found = WindowClasses.read(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)),
                getClass().getClassLoader());

        assertEquals(2, found);
        assertFalse(initialised, "reading ahead ran the class's static code");
    }

    @Test
    void theShippedListNamesTheWindowsOwnClassesAsTheyAreNow() throws IOException {
        List<String> names = shippedNames();
        assertTrue(names.size() > 1_000, "only " + names.size() + " names");
        assertTrue(names.contains("org.goodenough.ui.journal.JournalView"));
        assertTrue(names.contains("javafx.scene.control.skin.ListViewSkin"));

        List<String> gone = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith("org.goodenough.")) {
                try {
                    Class.forName(name, false, getClass().getClassLoader());
                } catch (ClassNotFoundException e) {
                    gone.add(name);
                }
            }
        }
        assertEquals(List.of(), gone, "classes renamed or removed since the list was written: "
                + "write it again as docs/benchmarks.md says");
    }

    @Test
    void theShippedListIsReadAlmostWhole() throws IOException {
        List<String> names = shippedNames();
        int found = WindowClasses.read(getClass().getClassLoader());

        // A few of JavaFX's may belong to another system's toolkit; the rest are all here.
        assertTrue(found >= names.size() * 0.95, found + " of " + names.size() + " found");
    }

    private static List<String> shippedNames() throws IOException {
        try (InputStream in = WindowClasses.class.getResourceAsStream(WindowClasses.LIST)) {
            assertNotNull(in, "the list is missing from the app's resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank()).map(String::strip).toList();
        }
    }
}
