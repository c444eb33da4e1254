package org.goodenough.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Work that can wait until a window is on screen: what nobody sees in the first frame (a list
 * not chosen, the plans below the fold of a panel) joins just after it, so the window appears
 * sooner.
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /**
     * Runs {@code work} once, when the first frame that lays {@code view} out in a window has
     * been drawn.
     *
     * <p>A pulse lays the scene out, then the renderer draws it on its own thread. The work
     * waits for the pulse after: when that one has anything to draw (at start-up the window's
     * second pulse had, each time it was looked at), it waits for the frame before it to be drawn
     * before it ends. Run any sooner, the work would share the processor with the drawing of
     * the first frame and put it off (by about 90 ms of the window's start on the benchmark's
     * machine). With nothing to draw it ends at once, and the work runs then, as before.
     */
    public static void after(Node view, Runnable work) {
        ChangeListener<Scene> shown = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene old, Scene scene) {
                if (scene == null) {
                    return;
                }
                view.sceneProperty().removeListener(this);
                afterNextPulse(scene, () -> afterNextPulse(scene, work));
            }
        };
        if (view.getScene() != null) {
            shown.changed(view.sceneProperty(), null, view.getScene());
        } else {
            view.sceneProperty().addListener(shown);
        }
    }

    /** Runs {@code then} once, on the FX thread, when the next pulse of {@code scene} ends. */
    public static void afterNextPulse(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(then);
            }
        });
        Platform.requestNextPulse();
    }
}
