package org.goodenough.ui.plan;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.goodenough.planner.PacingAdvice;

/** What a page offering a smaller step lets the person do with the suggestion. */
public interface PacingChoices {

    /** A smaller step suggested before a big jump, or {@code null}. */
    ReadOnlyObjectProperty<PacingAdvice> adviceProperty();

    /** Saves the plan as the person wrote it, after all. */
    void keepPlan();

    /** Puts the suggestion away; saving now keeps the plan as it is. */
    void dismissAdvice();

    /** Stops suggesting smaller steps for this journal. */
    void stopSuggestingSmallerSteps();

    /** Follows one of the smaller steps; the plan typed is kept under Not now. */
    void take(PacingAdvice.SmallerStep step);
}
