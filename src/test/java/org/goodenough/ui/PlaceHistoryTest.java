package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.function.Predicate;
import org.goodenough.planner.WindowPlace;
import org.junit.jupiter.api.Test;

/**
 * Which place a maximized window goes back to, whichever order the system tells the window
 * its new place and that it is maximized in.
 */
class PlaceHistoryTest {

    private static final long MS = 1_000_000L;
    private static final WindowPlace OWN = new WindowPlace(300, 200, 900, 600, false);
    private static final WindowPlace MOVED = new WindowPlace(120, 80, 900, 600, false);
    private static final Predicate<WindowPlace> NONE_OF_MAXIMIZING = place -> false;
    /** As large as a 1920 × 1080 screen both ways. */
    private static final Predicate<WindowPlace> FULL_HD = place -> place.width() >= 1919
            && place.height() >= 1079;

    @Test
    void theNewPlaceToldJustBeforeMaximizedIsNotTheOneToGoBackTo() {
        PlaceHistory places = new PlaceHistory();
        places.noted(OWN, 1_000 * MS);
        // The corner first, then the whole screen's size, then "maximized", within a moment.
        places.noted(new WindowPlace(0, 0, 900, 600, false), 5_000 * MS);
        places.noted(new WindowPlace(0, 0, 1920, 600, false), 5_002 * MS);
        places.noted(new WindowPlace(0, 0, 1920, 1080, false), 5_003 * MS);

        assertEquals(OWN, places.before(5_010 * MS, NONE_OF_MAXIMIZING));
    }

    @Test
    void aPlaceThePersonChoseBeforeMaximizingIsTheOneToGoBackTo() {
        PlaceHistory places = new PlaceHistory();
        places.noted(OWN, 1_000 * MS);
        // Dragged, a step each frame, and let go well before maximizing.
        for (int step = 0; step <= 30; step++) {
            places.noted(new WindowPlace(300 - 6 * step, 200 - 4 * step, 900, 600, false),
                    (2_000 + 16 * step) * MS);
        }
        assertEquals(MOVED, places.latest());

        assertEquals(MOVED, places.before(4_000 * MS, NONE_OF_MAXIMIZING));
    }

    @Test
    void aWindowSnappedToTheScreensHeightGoesBackToThatSize() {
        PlaceHistory places = new PlaceHistory();
        places.noted(OWN, 1_000 * MS);
        WindowPlace snapped = new WindowPlace(0, 0, 960, 1080, false);
        places.noted(snapped, 3_000 * MS);

        assertEquals(snapped, places.before(9_000 * MS, NONE_OF_MAXIMIZING));
    }

    @Test
    void theKeptPlaceCountsHoweverSoonTheWindowIsMaximized() {
        PlaceHistory places = new PlaceHistory();
        places.started(OWN);
        places.noted(new WindowPlace(0, 0, 1920, 1080, false), 10 * MS);

        assertEquals(OWN, places.before(12 * MS, NONE_OF_MAXIMIZING));
    }

    @Test
    void withOnlyPlacesFromTheMomentTheOldestIsTheOneToGoBackTo() {
        PlaceHistory places = new PlaceHistory();
        places.noted(OWN, 10 * MS);
        places.noted(new WindowPlace(0, 0, 1920, 1080, false), 20 * MS);

        assertEquals(OWN, places.before(30 * MS, NONE_OF_MAXIMIZING));
    }

    @Test
    void aScreensSizeToldLongBeforeMaximizedIsStillNotTheOneToGoBackTo() {
        PlaceHistory places = new PlaceHistory();
        places.noted(OWN, 1_000 * MS);
        // A slow system: the whole screen's size, and only half a second later "maximized".
        places.noted(new WindowPlace(0, 0, 1920, 1080, false), 5_000 * MS);

        assertEquals(OWN, places.before(5_500 * MS, FULL_HD));
    }

    @Test
    void unMaximizedAndMaximizedAgainItGoesBackToWhereItWasBetween() {
        PlaceHistory places = new PlaceHistory();
        places.started(OWN);
        // Opened maximized at its kept place, given it back, moved, and maximized again later.
        places.noted(OWN, 2_000 * MS);
        places.noted(MOVED, 3_000 * MS);

        assertEquals(MOVED, places.before(6_000 * MS, FULL_HD));
    }

    @Test
    void aLongDragKeepsOnlyTheLastMomentOfPlaces() {
        PlaceHistory places = new PlaceHistory();
        places.noted(OWN, 0);
        // A minute of dragging, a step each 16 ms: before still finds the place a moment ago.
        long at = 0;
        for (int step = 1; step <= 3_750; step++) {
            at = step * 16 * MS;
            places.noted(new WindowPlace(step % 500, 100, 900, 600, false), at);
        }
        WindowPlace aMomentAgo = new WindowPlace((3_750 - 16) % 500, 100, 900, 600, false);

        assertEquals(aMomentAgo, places.before(at, NONE_OF_MAXIMIZING));
        assertEquals(17, places.size());
    }

    @Test
    void beforeAnyPlaceThereIsNoneToGoBackTo() {
        PlaceHistory places = new PlaceHistory();

        assertNull(places.before(1_000 * MS, NONE_OF_MAXIMIZING));
        assertNull(places.latest());
    }
}
