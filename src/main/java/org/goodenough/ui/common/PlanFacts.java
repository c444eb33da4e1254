package org.goodenough.ui.common;

import org.goodenough.domain.Exposure;
import org.goodenough.domain.Plan;

/** A plan as it reads back: the mistake, the prediction and the support the person planned. */
public final class PlanFacts {

    private PlanFacts() {
    }

    public static Facts of(String title, Plan plan) {
        return new Facts(title)
                .add("The mistake", plan.mistake())
                .add("When", Wording.when(plan))
                .add("Where, or with whom", plan.place())
                .add("Category", plan.category() == null ? null : plan.category().label())
                .add("Stakes", plan.stakes() == null ? null : plan.stakes().label())
                .add("What I feared would happen", plan.fearedOutcome())
                .add("How likely it seemed", Wording.percent(plan.likelihood()))
                .add("Expected distress", Wording.suds(plan.expectedDistress()))
                .add("Safety behaviour to drop", plan.safetyBehaviour())
                .add("Coping plan", plan.copingPlan())
                .add("Self-compassion", plan.selfCompassion());
    }

    /** The plan and the distress felt doing it, as shown beside the questions to look back. */
    public static Facts withDistress(String title, Exposure exposure) {
        return of(title, exposure.plan())
                .add("Distress just before", Wording.suds(exposure.distress().before()))
                .add("Distress at its peak", Wording.suds(exposure.distress().peak()))
                .add("Distress afterwards", Wording.suds(exposure.distress().after()));
    }
}
