package org.goodenough.ui.plan;

import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.goodenough.domain.Exposure;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.PacingAdvice;
import org.goodenough.planner.PlanInput;

/**
 * The gentle suggestion of a smaller step before a new plan is saved: asked of the planner's
 * pacing at most once per plan, and only while the person has suggestions on.
 */
public final class SmallerStepOffer {

    private final JournalSession session;
    private final ReadOnlyObjectWrapper<PacingAdvice> advice = new ReadOnlyObjectWrapper<>();
    private boolean on;
    private boolean shown;

    public SmallerStepOffer(JournalSession session) {
        this.session = session;
    }

    /** Whether the journal has suggestions on, as read when the page opened. */
    public void turnedOn(boolean suggestionsOn) {
        this.on = suggestionsOn;
    }

    /** Work for the task runner: a suggestion when one is due, else the plan saved. */
    public Callable<Object> planOrSuggest(PlanInput input) {
        boolean ask = on && !shown;
        return () -> {
            if (ask) {
                Optional<PacingAdvice> suggested = session.pacing()
                        .adviceFor(session.planner().checked(input));
                if (suggested.isPresent()) {
                    return suggested.get();
                }
            }
            return session.planner().plan(input);
        };
    }

    /** Shows the suggestion that work returned, or gives back the exposure it saved (else null). */
    public Exposure answer(Object result) {
        if (result instanceof PacingAdvice suggested) {
            shown = true;
            advice.set(suggested);
            return null;
        }
        advice.set(null);
        return (Exposure) result;
    }

    /** A smaller step suggested, or {@code null}. */
    public ReadOnlyObjectProperty<PacingAdvice> adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    /** Puts the suggestion away; the next save keeps the plan as it is. */
    public void dismiss() {
        shown = true;
        advice.set(null);
    }

    /** Puts the suggestion away and gives the work that turns suggestions off for the journal. */
    public Callable<Boolean> turnOff() {
        dismiss();
        return () -> {
            session.preferences().setPacingSuggestions(false);
            return Boolean.FALSE;
        };
    }
}
