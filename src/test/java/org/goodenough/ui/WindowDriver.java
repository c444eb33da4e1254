package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.goodenough.ui.common.Scrolling;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real app on a journal file, headless, and drives it the way a person would:
 * clicking, typing, and reading what the window shows.
 */
public class WindowDriver extends FxRobot {

    private Application app;
    private Stage stage;
    private boolean watchOpeningSize;

    public WindowDriver start(Path journal) throws TimeoutException {
        return start(journal, false);
    }

    /** Starts the app in demo mode, as {@code --demo} does, with {@code journal} left closed. */
    public WindowDriver startDemo(Path journal) throws TimeoutException {
        return start(journal, true);
    }

    private WindowDriver start(Path journal, boolean demo) throws TimeoutException {
        return launch(() -> new GoodEnoughApp(journal, null, demo));
    }

    /**
     * Starts the app on {@code journal} as the launcher does, with its opening begun before
     * the toolkit: the window takes {@code opening} over.
     */
    public WindowDriver startOpenedAhead(Path journal,
            java.util.concurrent.Future<org.goodenough.planner.JournalSession> opening)
            throws TimeoutException {
        return launch(() -> new GoodEnoughApp(journal, null, opening));
    }

    /**
     * Leaves the app's watch over the window's size at opening on (see {@code OpeningSize}) for
     * the next start. Otherwise it is ended as the window shows, since the tests resize the
     * window on purpose and at once.
     */
    public WindowDriver watchingOpeningSize() {
        watchOpeningSize = true;
        return this;
    }

    /**
     * Starts the app {@code made} on the shared primary stage; ends the watch over the window's
     * opening size unless {@link #watchingOpeningSize()} asked to keep it.
     */
    private WindowDriver launch(Supplier<Application> made) throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(made);
        if (!watchOpeningSize) {
            interact(() -> OpeningSize.stopWatching(stage));
        }
        watchOpeningSize = false;
        return this;
    }

    /** Answers the question a dialog asks by clicking its button {@code choice}. */
    public void answer(String choice) {
        await(".dialog-pane");
        Button button = lookup(".dialog-pane .button")
                .match((Button each) -> choice.equals(each.getText())).query();
        clickOn(button);
    }

    /** Starts the app in demo mode with the app's own settings in {@code settings}. */
    public WindowDriver startDemo(Path journal, Path settings) throws TimeoutException {
        return launch(() -> new GoodEnoughApp(journal, settings, true));
    }

    /** The same, with the app's own settings (the zoom) in {@code settings}. */
    public WindowDriver start(Path journal, Path settings) throws TimeoutException {
        return launch(() -> new GoodEnoughApp(journal, settings));
    }

    /**
     * The same, with the system's light or dark setting read from {@code systemReading}
     * instead of the desktop, its readings spaced by {@code clock}.
     */
    public WindowDriver start(Path journal, Path settings, BooleanSupplier systemReading,
            Clock clock) throws TimeoutException {
        return launch(() -> new GoodEnoughApp(journal, settings, systemReading, clock));
    }

    /**
     * As {@link #stop()}, giving the stage back at the usual size, not maximized: the window
     * tests share one stage, and Monocle's headless painter trips over a stage that shrank in
     * one test and grows in the next.
     */
    public void stopAtUsualSize() throws TimeoutException {
        if (stage != null) {
            interact(() -> {
                stage.setMaximized(false);
                stage.setWidth(1100);
                stage.setHeight(720);
            });
        }
        stop();
    }

    /**
     * Puts the window at the screen's top left corner, {@code width} by {@code height}, and
     * waits until it is laid out so: all of it on Monocle's screen, where clicks reach.
     */
    public void placeAt(double width, double height) {
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the app as a person would: the journal is closed after pending saves. */
    public void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
    }

    public Stage stage() {
        return stage;
    }

    /** The dialogs and panels open over the main window. */
    public List<Window> dialogs() {
        return Window.getWindows().stream()
                .filter(shown -> shown != stage && shown instanceof Stage)
                .toList();
    }

    /** Waits (a few seconds at most) until a node matching {@code query} is on screen. */
    public <T extends Node> T await(String query) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> lookup(query).match(WindowDriver::onScreen).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("Nothing like " + query + " appeared on screen", e);
        }
        return lookup(query).match(WindowDriver::onScreen).query();
    }

    /**
     * Whether {@code node} can be seen: in a scene, and neither it nor any node around it
     * hidden. A page being replaced may still be in the scene for a moment.
     */
    private static boolean onScreen(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node each = node; each != null; each = each.getParent()) {
            if (!each.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** What has the keyboard in the main window; null when nothing has. */
    public Node focusOwner() {
        return stage == null || stage.getScene() == null ? null : stage.getScene().getFocusOwner();
    }

    /** Whether the keyboard in the main window is on the node with {@code id}. */
    public boolean keysOn(String id) {
        Node focus = focusOwner();
        return focus != null && id.equals(focus.getId());
    }

    /** Waits (a few seconds at most) until {@code condition} holds. */
    public void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("The window never reached the expected state (" + state()
                    + ")", e);
        }
    }

    /**
     * What the window showed when a wait ran out, to tell a rare failure apart: the windows
     * open and what has the keyboard.
     */
    private String state() {
        List<String> windows = new java.util.ArrayList<>();
        for (Window each : Window.getWindows()) {
            String title = each instanceof Stage titled ? titled.getTitle() : "";
            windows.add(each.getClass().getSimpleName() + " \"" + title + "\" "
                    + (int) each.getWidth() + "x" + (int) each.getHeight() + " at "
                    + (int) each.getX() + "," + (int) each.getY()
                    + (each.isFocused() ? " focused" : ""));
        }
        Node focus = focusOwner();
        return "windows: " + windows + "; focus in the main window: "
                + (focus == null ? "none" : focus.getClass().getSimpleName() + " #" + focus.getId());
    }

    /** Waits until a labelled node shows {@code text}. */
    public void awaitText(String query, String text) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(query).tryQuery()
                    .map(node -> text.equals(textOf(node))).orElse(false));
        } catch (TimeoutException e) {
            throw new AssertionError(query + " never showed \"" + text + "\" (it shows \""
                    + lookup(query).tryQuery().map(WindowDriver::textOf).orElse("nothing") + "\")", e);
        }
    }

    /**
     * Clicks the node matching {@code query} once it is on screen. A page being replaced may
     * still hold a match outside any scene for a moment, which TestFX's own query would trip on.
     */
    @Override
    public WindowDriver clickOn(String query, MouseButton... buttons) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> clickable(query).isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("Nothing like " + query + " appeared on screen", e);
        }
        moveTo(clickable(query).orElseThrow());
        // The page may have moved or been replaced while the pointer travelled to it (a list
        // read again, say): aim once more at what the query finds now, then click there.
        WaitForAsyncUtils.waitForFxEvents();
        moveTo(clickable(query).orElseThrow(() -> new AssertionError(query + " went away")));
        clickOn(buttons);
        return this;
    }

    /**
     * The first match a person could click: in a scene, shown, and with its middle (where
     * TestFX clicks) inside the window and inside every scroll pane or list around it, not
     * scrolled out of view. A click meant for a node scrolled away lands on whatever is drawn
     * there instead.
     */
    private Optional<Node> clickable(String query) {
        return lookup(query).match(WindowDriver::onScreen).match(NodeQueryUtils.isVisible())
                .match(WindowDriver::inView).tryQuery();
    }

    private static boolean inView(Node node) {
        javafx.geometry.Bounds bounds = node.localToScene(node.getBoundsInLocal());
        javafx.geometry.Point2D middle = new javafx.geometry.Point2D(bounds.getCenterX(),
                bounds.getCenterY());
        if (middle.getX() < 0 || middle.getY() < 0 || middle.getX() > node.getScene().getWidth()
                || middle.getY() > node.getScene().getHeight()) {
            return false;
        }
        for (Node each = node.getParent(); each != null; each = each.getParent()) {
            Node clip = each.getClip();
            if (clip != null && !clip.contains(clip.parentToLocal(each.sceneToLocal(middle)))) {
                return false;
            }
        }
        return true;
    }

    /** Scrolls a field into view, as a person would, then clicks it. */
    public void reach(String query) {
        Node node = await(query);
        interact(() -> Scrolling.reveal(node));
        clickOn(node);
    }

    /** Reaches a field and types into it. */
    public void type(String query, String text) {
        reach(query);
        write(text);
    }

    public String text(String query) {
        return textOf(await(query));
    }

    /** Whether some visible label in the window reads exactly {@code text}. */
    public boolean shows(String text) {
        return lookup(node -> node instanceof Labeled labeled && node.isVisible()
                && text.equals(labeled.getText())).tryQuery().isPresent();
    }

    public void assertShows(String text) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shows(text), "The window should show \"" + text + "\"");
    }

    private static String textOf(Node node) {
        if (node instanceof Labeled labeled) {
            return labeled.getText();
        }
        if (node instanceof TextInputControl input) {
            return input.getText();
        }
        throw new AssertionError(node + " shows no text");
    }
}
