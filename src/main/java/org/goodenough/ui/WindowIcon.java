package org.goodenough.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's own icon on its windows, so the task bar and the window switcher show it even when
 * the app runs without an installer (which gives the desktop its own copy). The images are
 * small PNGs in the app's resources, drawn by src/main/installer/icons/draw-icons.py; they are
 * read in the background after the first frame, so they never delay it.
 */
final class WindowIcon {

    private static final Logger LOG = LoggerFactory.getLogger(WindowIcon.class);
    /** The sizes the desktops ask for, from a title bar's to a window switcher's. */
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128);

    private WindowIcon() {
    }

    /**
     * Once {@code stage}'s first frame is laid out, reads the images away from the FX thread,
     * then puts them on it.
     */
    static void putOn(Stage stage) {
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                read(stage);
            }
        });
    }

    private static void read(Stage stage) {
        CompletableFuture.supplyAsync(WindowIcon::images).whenComplete((images, failure) -> {
            if (failure != null) {
                LOG.debug("The window's icon could not be read", failure);
                return;
            }
            Platform.runLater(() -> stage.getIcons().setAll(images));
        });
    }

    private static List<Image> images() {
        return SIZES.stream().map(size -> new Image(WindowIcon.class.getResource(
                "icons/good-enough-" + size + ".png").toExternalForm())).toList();
    }
}
