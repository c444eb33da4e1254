package org.goodenough.ui;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the window back the size it opened with when the system shrinks it to its smallest as
 * it first shows. Under some Linux window managers JavaFX 21 draws a new window at its minimum
 * size whatever size it asked for (seen here under openbox; JavaFX's bug JDK-8316423 reports a
 * window opening too small on newer GNOME), and the window would then keep that size from one
 * start to the next.
 *
 * <p>Only the first moments after showing count, and the size is asked for once: a tiling
 * window manager's choice, or a person making the window small on purpose, is never fought.
 */
final class OpeningSize {

    private static final Logger LOG = LoggerFactory.getLogger(OpeningSize.class);
    /** How long after showing a shrink to the smallest size is taken as the system's doing. */
    static final Duration SETTLING = Duration.seconds(2);
    /** How long the size must stay still before it is judged: the system sends a few at once. */
    private static final Duration QUIET = Duration.millis(300);

    private final Stage stage;
    private final double wantedWidth;
    private final double wantedHeight;
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private final PauseTransition settling = new PauseTransition(SETTLING);
    private final InvalidationListener resized = observable -> resized();
    private final InvalidationListener hidden = observable -> hidden();
    private boolean asked;

    private OpeningSize(Stage stage) {
        this.stage = stage;
        // Before the system tells the window's size, the scene's is the size asked for.
        this.wantedWidth = known(stage.getWidth(), stage.getScene() == null ? Double.NaN
                : stage.getScene().getWidth());
        this.wantedHeight = known(stage.getHeight(), stage.getScene() == null ? Double.NaN
                : stage.getScene().getHeight());
    }

    private static double known(double size, double otherwise) {
        return Double.isFinite(size) && size > 0 ? size : otherwise;
    }

    /** Before the window first shows: watches its size for a moment once it does. */
    static void watch(Stage stage) {
        ChangeListener<Boolean> first = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> showing,
                    Boolean was, Boolean is) {
                if (is) {
                    showing.removeListener(this);
                    new OpeningSize(stage).start();
                }
            }
        };
        stage.showingProperty().addListener(first);
    }

    private void start() {
        if (stage.isMaximized() || stage.isFullScreen()) {
            return;
        }
        stage.getProperties().put(OpeningSize.class, this);
        quiet.setOnFinished(event -> judge());
        settling.setOnFinished(event -> stop());
        stage.widthProperty().addListener(resized);
        stage.heightProperty().addListener(resized);
        stage.showingProperty().addListener(hidden);
        quiet.playFromStart();
        settling.playFromStart();
    }

    private void resized() {
        // Read both each time, so each goes on telling its changes.
        stage.getWidth();
        stage.getHeight();
        quiet.playFromStart();
    }

    /** Once the size is still: asks again for the size wanted, if it was cut to the smallest. */
    private void judge() {
        if (asked || !stage.isShowing() || stage.isMaximized() || stage.isFullScreen()) {
            return;
        }
        if (shrunk(stage.getWidth(), wantedWidth, stage.getMinWidth())
                || shrunk(stage.getHeight(), wantedHeight, stage.getMinHeight())) {
            asked = true;
            LOG.debug("The window opened at {} x {}, not {} x {}: asking again", stage.getWidth(),
                    stage.getHeight(), wantedWidth, wantedHeight);
            stage.setWidth(wantedWidth);
            stage.setHeight(wantedHeight);
        }
    }

    /** Whether a side is at its minimum (or below) although a larger one was wanted. */
    private static boolean shrunk(double now, double wanted, double minimum) {
        return Double.isFinite(wanted) && now < wanted - 0.5 && now <= minimum + 0.5;
    }

    private void hidden() {
        if (!stage.isShowing()) {
            stop();
        }
    }

    /**
     * Ends the watch on {@code stage} at once, if it is on: for the window tests, which resize
     * the window on purpose as soon as it shows.
     */
    static void stopWatching(Stage stage) {
        if (stage.getProperties().get(OpeningSize.class) instanceof OpeningSize watching) {
            watching.stop();
        }
    }

    /** Whether the size of {@code stage} is still watched. */
    static boolean isWatching(Stage stage) {
        return stage.getProperties().containsKey(OpeningSize.class);
    }

    private void stop() {
        stage.getProperties().remove(OpeningSize.class);
        quiet.stop();
        settling.stop();
        stage.widthProperty().removeListener(resized);
        stage.heightProperty().removeListener(resized);
        stage.showingProperty().removeListener(hidden);
    }
}
