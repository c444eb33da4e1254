package org.goodenough.ui.guide;

import java.util.EnumSet;
import java.util.Set;
import org.goodenough.planner.Field;
import org.goodenough.ui.common.Texts;

/**
 * The steps of the guided walkthrough, in order: five to plan, one to do it, two to look back.
 * Each says, in a few plain sentences, why it matters. {@link #LATER} is where the guide ends
 * when the person chooses to do it another time; it is not counted as a step.
 */
public enum GuideStep {
    MISTAKE("guide.smallMistakePurpose",
            "guide.startSmallSomethingLow",
            "guide.next", false, EnumSet.of(Field.MISTAKE)),
    FEAR("guide.fearWillHappen",
            "guide.sayOwnWordsExpect",
            "guide.next", true, EnumSet.of(Field.FEARED_OUTCOME, Field.LIKELIHOOD)),
    DISTRESS("guide.howHardMightFeel",
            "guide.guessHowDistressingWill",
            "guide.next", true, EnumSet.of(Field.EXPECTED_DISTRESS)),
    SAFETY_BEHAVIOUR("guide.willLeaveOutTime",
            "guide.safetyBehavioursAreSmall",
            "guide.next", true, EnumSet.of(Field.SAFETY_BEHAVIOUR)),
    COPING("guide.howWillLookAfter",
            "guide.planHowWillHandle",
            "guide.savePlan", true, EnumSet.of(Field.COPING_PLAN, Field.SELF_COMPASSION)),
    DO_IT("guide.nowDo",
            "guide.planSavedUpcomingWhen",
            "guide.haveDone", false, EnumSet.noneOf(Field.class)),
    HOW_IT_WENT("guide.howWent",
            "guide.didRateHowDistressing",
            "guide.next", true, EnumSet.of(Field.DISTRESS_BEFORE, Field.DISTRESS_PEAK, Field.DISTRESS_AFTER,
                    Field.WHAT_HAPPENED)),
    REFLECT("guide.lookingBack",
            "guide.fourQuestionsHelpNotice",
            "guide.finish", true, EnumSet.of(Field.FELT, Field.WORSE, Field.BETTER, Field.LEARNED,
                    Field.LIKELIHOOD_AFTER)),
    LATER("guide.fine",
            "guide.planWaitsUpcomingReady",
            "guide.showPlan", false, EnumSet.noneOf(Field.class));

    /** How many steps the indicator counts: every one but the ending for later. */
    public static final int COUNT = LATER.ordinal();

    private final String title;
    private final String why;
    private final String onward;
    private final boolean skippable;
    private final Set<Field> fields;

    /** The keys of the step's words in the bundle, read each time so they follow the language. */
    GuideStep(String title, String why, String onward, boolean skippable, Set<Field> fields) {
        this.title = title;
        this.why = why;
        this.onward = onward;
        this.skippable = skippable;
        this.fields = fields;
    }

    public String title() {
        return Texts.get(title);
    }

    /** Why this step matters, in two or three plain sentences. */
    public String why() {
        return Texts.get(why);
    }

    /** What the button that goes on says: Next, or what it saves. */
    public String onward() {
        return Texts.get(onward);
    }

    /** Whether the person may go on without answering; only the mistake is needed. */
    public boolean skippable() {
        return skippable;
    }

    /** The fields asked for on this step, so a problem with one brings the person back here. */
    public Set<Field> fields() {
        return fields;
    }

    /** "Step 3 of 8"; empty for the ending. */
    public String indicator() {
        return this == LATER ? "" : Texts.format("guide.step", ordinal() + 1, COUNT);
    }

    /** The first step that asks for any of {@code fields}, or null. */
    static GuideStep holding(Set<Field> fields) {
        for (GuideStep step : values()) {
            if (step.fields.stream().anyMatch(fields::contains)) {
                return step;
            }
        }
        return null;
    }
}
