package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

    @Test
    void theNewPlaceToldJustBeforeMaximizedIsNotTheOneToGoBackTo() {
        PlaceHistory places = new PlaceHistory();
        places.noted(OWN, 1_000 * MS);
        // The corner first, then the whole screen's size, then "maximized", within a moment.
        places.noted(new WindowPlace(0, 0, 900, 600, false), 5_000 * MS);
        places.noted(new WindowPlace(0, 0, 1920, 600, false), 5_002 * MS);
        places.noted(new WindowPlace(0, 0, 1920, 1080, false), 5_003 * MS);

        assertEquals(OWN, places.before(5_010 * MS));
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

        assertEquals(MOVED, places.before(4_000 * MS));
    }

    @Test
    void aWindowSnappedToTheScreensHeightGoesBackToThatSize() {
        PlaceHistory places = new PlaceHistory();
        places.noted(OWN, 1_000 * MS);
        WindowPlace snapped = new WindowPlace(0, 0, 960, 1080, false);
        places.noted(snapped, 3_000 * MS);

        assertEquals(snapped, places.before(9_000 * MS));
    }

    @Test
    void theKeptPlaceCountsHoweverSoonTheWindowIsMaximized() {
        PlaceHistory places = new PlaceHistory();
        places.started(OWN);
        places.noted(new WindowPlace(0, 0, 1920, 1080, false), 10 * MS);

        assertEquals(OWN, places.before(12 * MS));
    }

    @Test
    void withOnlyPlacesFromTheMomentTheOldestIsTheOneToGoBackTo() {
        PlaceHistory places = new PlaceHistory();
        places.noted(OWN, 10 * MS);
        places.noted(new WindowPlace(0, 0, 1920, 1080, false), 20 * MS);

        assertEquals(OWN, places.before(30 * MS));
    }

    @Test
    void beforeAnyPlaceThereIsNoneToGoBackTo() {
        PlaceHistory places = new PlaceHistory();

        assertNull(places.before(1_000 * MS));
        assertNull(places.latest());
    }
}
