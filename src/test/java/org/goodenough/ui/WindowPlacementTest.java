package org.goodenough.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.goodenough.planner.WindowPlace;
import org.junit.jupiter.api.Test;

/** Bringing the window's last place onto the screens there are now. */
class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 770);
    private static final Rectangle2D MONITOR = new Rectangle2D(1280, -200, 1920, 1160);

    @Test
    void aPlaceWhollyOnAScreenIsKeptAsItWas() {
        WindowPlace place = new WindowPlace(1500, 100, 1000, 700, false);

        assertEquals(place, WindowPlacement.within(place, List.of(LAPTOP, MONITOR), 640, 480)
                .orElseThrow());
    }

    @Test
    void aPlaceOnAScreenThatIsGoneGivesNone() {
        WindowPlace onMonitor = new WindowPlace(1500, 100, 1000, 700, true);

        assertTrue(WindowPlacement.within(onMonitor, List.of(LAPTOP), 640, 480).isEmpty());
        assertTrue(WindowPlacement.within(onMonitor, List.of(), 640, 480).isEmpty());
    }

    @Test
    void aPlacePartlyOffItsScreenComesWhollyOntoTheOneItOverlapsMost() {
        // Mostly on the laptop, its right edge over the monitor and its top above the screen.
        WindowPlace place = new WindowPlace(700, -50, 900, 600, true);

        assertEquals(new WindowPlace(380, 0, 900, 600, true),
                WindowPlacement.within(place, List.of(LAPTOP, MONITOR), 640, 480).orElseThrow());
    }

    @Test
    void aWindowLargerThanItsScreenIsMadeToFitAndNeverSmallerThanItsLeast() {
        WindowPlace huge = new WindowPlace(-100, -100, 3000, 2000, false);
        assertEquals(new WindowPlace(0, 0, 1280, 770, false),
                WindowPlacement.within(huge, List.of(LAPTOP), 640, 480).orElseThrow());

        WindowPlace tiny = new WindowPlace(1200, 700, 50, 40, false);
        assertEquals(new WindowPlace(640, 290, 640, 480, false),
                WindowPlacement.within(tiny, List.of(LAPTOP), 640, 480).orElseThrow());
    }
}
