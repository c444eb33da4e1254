package org.goodenough.ui.journal;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;

/**
 * Tabs whose pages join the window when they are needed. A page put into a tab is styled and
 * laid out with the window even while its tab is not chosen: for the journal's lists, two
 * lists nobody sees yet took about a tenth of the window's start.
 */
final class TabPages {

    private TabPages() {
    }

    /**
     * Puts {@code page} into {@code tab} now if the tab is chosen; otherwise when it is chosen,
     * or just after {@code view}'s first frame, whichever comes first. Until then what the page
     * shows (a list's items and selection) is kept as usual, only not drawn.
     */
    static void showSoon(Node view, Tab tab, Node page) {
        if (tab.isSelected()) {
            tab.setContent(page);
            return;
        }
        ChangeListener<Boolean> chosen = (observable, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(page);
            }
        };
        tab.selectedProperty().addListener(chosen);
        afterFirstFrame(view, () -> {
            tab.selectedProperty().removeListener(chosen);
            if (tab.getContent() == null) {
                tab.setContent(page);
            }
        });
    }

    /** Runs {@code work} once, after the first pulse that lays {@code view} out in a window. */
    private static void afterFirstFrame(Node view, Runnable work) {
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
