package org.goodenough.planner;

/**
 * Where the main window was on the screen and how large, when it was last closed, so it opens
 * there again: its place and size when not maximized (in the screen's units), and whether it
 * was maximized.
 *
 * @param x         the window's left edge
 * @param y         the window's top edge
 * @param width     its width, more than zero
 * @param height    its height, more than zero
 * @param maximized whether it filled the screen; the place and size are those it returns to
 */
public record WindowPlace(double x, double y, double width, double height, boolean maximized) {

    public WindowPlace {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width)
                || !Double.isFinite(height) || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Not a place on a screen: " + x + ", " + y + ", "
                    + width + " × " + height);
        }
    }
}
