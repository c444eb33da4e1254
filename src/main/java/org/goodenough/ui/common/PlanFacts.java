package org.goodenough.ui.common;

import org.goodenough.domain.Exposure;
import org.goodenough.domain.Plan;

/** A plan as it reads back: the mistake, the prediction and the support the person planned. */
public final class PlanFacts {

    private PlanFacts() {
    }

    public static Facts of(String title, Plan plan) {
        return new Facts(title)
                .add(Texts.get("common.mistake"), plan.mistake())
                .add(Texts.get("common.when"), Wording.when(plan))
                .add(Texts.get("common.whereWhom"), plan.place())
                .add(Texts.get("common.category"),
                        plan.category() == null ? null : Words.of(plan.category()))
                .add(Texts.get("common.stakes"), plan.stakes() == null ? null : Words.of(plan.stakes()))
                .add(Texts.get("common.fearedWouldHappen"), plan.fearedOutcome())
                .add(Texts.get("common.howLikelySeemed"), Wording.percent(plan.likelihood()))
                .add(Texts.get("common.expectedDistress"), Wording.suds(plan.expectedDistress()))
                .add(Texts.get("common.safetyBehaviourDrop"), plan.safetyBehaviour())
                .add(Texts.get("common.copingPlan"), plan.copingPlan())
                .add(Texts.get("common.selfCompassion"), plan.selfCompassion());
    }

    /** The plan and the distress felt doing it, as shown beside the questions to look back. */
    public static Facts withDistress(String title, Exposure exposure) {
        return of(title, exposure.plan())
                .add(Texts.get("common.distressJustBefore"), Wording.suds(exposure.distress().before()))
                .add(Texts.get("common.distressItsPeak"), Wording.suds(exposure.distress().peak()))
                .add(Texts.get("common.distressAfterwards"), Wording.suds(exposure.distress().after()));
    }
}
