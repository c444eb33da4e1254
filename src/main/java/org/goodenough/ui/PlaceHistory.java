package org.goodenough.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.Predicate;
import org.goodenough.planner.WindowPlace;

/**
 * The window's recent places while not maximized, to tell which one maximizing should go back
 * to. A system may tell the window its new place and size a moment before it says the window
 * is maximized (some do, some do it the other way round); the places noted in that moment
 * belong to the maximizing, not to the person, so the place to go back to is the last one
 * noted a little earlier. It is a rule of thumb: a window dragged to the screen's top edge to
 * maximize it goes back to where it was a moment before it was let go.
 */
final class PlaceHistory {

    /** How long before "maximized" a place still counts as part of maximizing. */
    static final long MOMENT_NANOS = 250_000_000L;

    private record Noted(WindowPlace place, long at) {
    }

    /** Oldest first: one from before the last moment, and those within it. */
    private final Deque<Noted> places = new ArrayDeque<>();

    /** The place the window was given before it showed: the oldest from now on. */
    void started(WindowPlace place) {
        places.clear();
        places.add(new Noted(place, Long.MIN_VALUE));
    }

    /** The window is at {@code place}, not maximized, at {@code at} (in nanoseconds). */
    void noted(WindowPlace place, long at) {
        places.add(new Noted(place, at));
        // Keep only the newest of those from before the moment, and the moment itself.
        while (places.size() > 1 && before(second(), at)) {
            places.removeFirst();
        }
    }

    /** How many places are kept: one from before the last moment, and those within it. */
    int size() {
        return places.size();
    }

    /** The latest place noted, or null before any. */
    WindowPlace latest() {
        return places.isEmpty() ? null : places.getLast().place();
    }

    /**
     * The place to go back to from a window maximized at {@code at}: the latest one noted a
     * moment before that is not {@code ofMaximizing} (as large as the screen, say, told late),
     * else the oldest kept; null before any.
     */
    WindowPlace before(long at, Predicate<WindowPlace> ofMaximizing) {
        for (Iterator<Noted> newest = places.descendingIterator(); newest.hasNext(); ) {
            Noted each = newest.next();
            if (before(each, at) && !ofMaximizing.test(each.place())) {
                return each.place();
            }
        }
        return places.isEmpty() ? null : places.getFirst().place();
    }

    private Noted second() {
        Iterator<Noted> oldest = places.iterator();
        oldest.next();
        return oldest.next();
    }

    private static boolean before(Noted noted, long at) {
        // The place given at the start is before any other, however soon the window moved.
        return noted.at() == Long.MIN_VALUE || at - noted.at() >= MOMENT_NANOS;
    }
}
