package org.goodenough.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.goodenough.planner.AppPreferences;
import org.goodenough.planner.WindowPlace;
import org.goodenough.store.StoreException;
import org.goodenough.ui.common.LoggedError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the window where it was when it was last closed, as large as it was, maximized if it
 * was. A place on no screen any more (a monitor unplugged, a smaller display) gives the usual
 * size in the middle of the screen; a place partly off its screen, or larger than it, is
 * brought within it, so the window never opens where it cannot be reached.
 */
final class WindowPlacement {

    private static final Logger LOG = LoggerFactory.getLogger(WindowPlacement.class);

    private final Stage stage;
    private final AppPreferences preferences;
    private final InvalidationListener moved = observable -> note();
    /** Where the window was lately while not maximized. */
    private final PlaceHistory places = new PlaceHistory();
    /** Where the window goes back to from maximized; null until it has been maximized. */
    private WindowPlace back;
    private boolean maximized;

    WindowPlacement(Stage stage, AppPreferences preferences) {
        this.stage = stage;
        this.preferences = preferences;
    }

    /** Before the window shows: puts it where it was, when that is on a screen, and follows it. */
    void restore() {
        preferences.windowPlace()
                .flatMap(place -> within(place, Screen.getScreens().stream()
                        .map(Screen::getVisualBounds).toList(), stage.getMinWidth(),
                        stage.getMinHeight()))
                .ifPresent(place -> {
                    places.started(place);
                    maximized = place.maximized();
                    back = maximized ? place : null;
                    stage.setX(place.x());
                    stage.setY(place.y());
                    stage.setWidth(place.width());
                    stage.setHeight(place.height());
                    stage.setMaximized(place.maximized());
                });
        followed().forEach(each -> each.addListener(moved));
        OpeningSize.watch(stage);
    }

    /** When the app stops: keeps where the window is for the next start, and stops following it. */
    void remember() {
        followed().forEach(each -> each.removeListener(moved));
        WindowPlace place = maximized ? back : places.latest();
        if (place == null) {
            return;
        }
        try {
            preferences.saveWindowPlace(new WindowPlace(place.x(), place.y(), place.width(),
                    place.height(), maximized));
        } catch (StoreException e) {
            // Only the window's place is lost; it opens at the usual one next time.
            LOG.warn("Where the window was could not be kept", LoggedError.of(e));
        }
    }

    /** What the window's place is made of, and whether it shows. */
    private List<Observable> followed() {
        return List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty(), stage.maximizedProperty(), stage.showingProperty());
    }

    /**
     * Notes the window's place while it shows: its size and place only while not maximized, and
     * on maximizing, the place it goes back to.
     */
    private void note() {
        // Read every property each time, so each goes on telling its changes.
        double x = stage.getX();
        double y = stage.getY();
        double width = stage.getWidth();
        double height = stage.getHeight();
        if (!stage.isShowing() || stage.isIconified() || stage.isFullScreen()) {
            return;
        }
        long at = System.nanoTime();
        if (stage.isMaximized() && !maximized) {
            back = places.before(at, WindowPlacement::fillsItsScreen);
        }
        maximized = stage.isMaximized();
        // While it first shows, a window has a size before it has a place (NaN).
        if (!maximized && Double.isFinite(x) && Double.isFinite(y) && width > 0 && height > 0) {
            places.noted(new WindowPlace(x, y, width, height, false), at);
        }
    }

    /** Whether {@code place} is as large as a screen it is on, both ways: a maximized size. */
    private static boolean fillsItsScreen(WindowPlace place) {
        for (Screen screen : Screen.getScreensForRectangle(place.x(), place.y(), place.width(),
                place.height())) {
            Rectangle2D area = screen.getVisualBounds();
            if (place.width() >= area.getWidth() - 1 && place.height() >= area.getHeight() - 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code place} brought within the screen area (of {@code screens}) it overlaps most,
     * no smaller than {@code minWidth} by {@code minHeight} unless the screen is; empty when it
     * overlaps none.
     */
    static Optional<WindowPlace> within(WindowPlace place, List<Rectangle2D> screens,
                                        double minWidth, double minHeight) {
        Rectangle2D window = new Rectangle2D(place.x(), place.y(), place.width(), place.height());
        Rectangle2D best = null;
        double bestOverlap = 0;
        for (Rectangle2D screen : screens) {
            double overlap = overlap(window, screen);
            if (overlap > bestOverlap) {
                best = screen;
                bestOverlap = overlap;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        double fitWidth = Math.min(Math.max(place.width(), minWidth), best.getWidth());
        double fitHeight = Math.min(Math.max(place.height(), minHeight), best.getHeight());
        double fitX = Math.max(best.getMinX(), Math.min(place.x(), best.getMaxX() - fitWidth));
        double fitY = Math.max(best.getMinY(), Math.min(place.y(), best.getMaxY() - fitHeight));
        return Optional.of(new WindowPlace(fitX, fitY, fitWidth, fitHeight, place.maximized()));
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double across = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double down = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return across > 0 && down > 0 ? across * down : 0;
    }
}
