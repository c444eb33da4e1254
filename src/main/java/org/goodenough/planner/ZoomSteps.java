package org.goodenough.planner;

import java.util.List;

/**
 * The sizes the window can be drawn at, in percent of its usual size: from 100 % up to 200 %
 * for a projector or a person who reads large text. Steps are small near the usual size and
 * larger further up, where a small step would hardly show.
 */
public final class ZoomSteps {

    public static final int ACTUAL_SIZE = 100;
    public static final List<Integer> STEPS = List.of(100, 110, 125, 150, 175, 200);

    private ZoomSteps() {
    }

    public static int smallest() {
        return STEPS.get(0);
    }

    public static int largest() {
        return STEPS.get(STEPS.size() - 1);
    }

    /** The next step up from {@code percent}, or the largest when there is none. */
    public static int larger(int percent) {
        return STEPS.stream().filter(step -> step > percent).findFirst().orElse(largest());
    }

    /** The next step down from {@code percent}, or the smallest when there is none. */
    public static int smaller(int percent) {
        int found = smallest();
        for (int step : STEPS) {
            if (step < percent) {
                found = step;
            }
        }
        return found;
    }

    /** {@code percent} kept within the smallest and the largest step. */
    public static int within(int percent) {
        return Math.max(smallest(), Math.min(largest(), percent));
    }
}
