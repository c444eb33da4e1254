package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window carries the app's own icon, in every size a desktop asks for, read from the app's
 * resources, so the task bar shows it without an installer too.
 */
class WindowIconWindowTest {

    @TempDir
    Path folder;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void theWindowShowsTheAppsIconInEachSize() throws Exception {
        window.start(SampleJournal.filledIn(folder));
        window.await("#welcome");
        window.waitFor(() -> window.stage().getIcons().size() == WindowIcon.SIZES.size());

        List<Image> icons = List.copyOf(window.stage().getIcons());
        for (int i = 0; i < icons.size(); i++) {
            Image icon = icons.get(i);
            int size = WindowIcon.SIZES.get(i);
            assertFalse(icon.isError(), size + " px read: " + icon.getException());
            assertEquals(size, icon.getWidth(), size + " px wide");
            assertEquals(size, icon.getHeight(), size + " px high");
            // The sage tile, not an empty picture: the middle of its left edge is opaque.
            int argb = icon.getPixelReader().getArgb(size / 8 + 1, size / 2);
            assertEquals(0xFF, argb >>> 24, size + " px: the tile is drawn");
        }
    }
}
