package org.goodenough.ui.common;

import org.goodenough.domain.Exposure;

/** Moves the journal window between its pages; implemented by the journal's view-model. */
public interface Navigator {

    /** Shows an exposure after it changed, refreshing the lists. */
    void showExposure(Exposure exposure);

    void editPlan(Exposure exposure);

    void showDidIt(Exposure exposure);

    void showReflection(Exposure exposure);

    /** The exposure is gone from the journal. */
    void removed(Exposure exposure);

    /** Leaves the current page without saving. */
    void back();
}
