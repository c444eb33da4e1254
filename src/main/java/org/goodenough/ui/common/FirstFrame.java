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

    /** Runs {@code work} once, after the first pulse that lays {@code view} out in a window. */
    public static void after(Node view, Runnable work) {
        ChangeListener<Scene> shown = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene old, Scene scene) {
                if (scene == null) {
                    return;
                }
                view.sceneProperty().removeListener(this);
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        Platform.runLater(work);
                    }
                });
                Platform.requestNextPulse();
            }
        };
        if (view.getScene() != null) {
            shown.changed(view.sceneProperty(), null, view.getScene());
        } else {
            view.sceneProperty().addListener(shown);
        }
    }
}
