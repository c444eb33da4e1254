package org.goodenough.ui.guide;

import java.util.EnumSet;
import java.util.Set;
import org.goodenough.planner.Field;

/**
 * The steps of the guided walkthrough, in order: five to plan, one to do it, two to look back.
 * Each says, in a few plain sentences, why it matters. {@link #LATER} is where the guide ends
 * when the person chooses to do it another time; it is not counted as a step.
 */
public enum GuideStep {
    MISTAKE("A small mistake, on purpose",
            "Start small: something low-stakes that you could do in the next day or two. The"
                    + " point is not to get things wrong for their own sake, but to find out what"
                    + " really happens when something is less than perfect.",
            "Next", false, EnumSet.of(Field.MISTAKE)),
    FEAR("What you fear will happen",
            "Say in your own words what you expect will happen, and how likely it seems right"
                    + " now. Afterwards you can set this guess beside what actually happened;"
                    + " that comparison is where the learning is.",
            "Next", true, EnumSet.of(Field.FEARED_OUTCOME, Field.LIKELIHOOD)),
    DISTRESS("How hard it might feel",
            "Guess how distressing it will be, from 0 (calm) to 100 (the worst you can imagine)."
                    + " There is no right number. Feeling uneasy is expected: it shows the step"
                    + " matters to you.",
            "Next", true, EnumSet.of(Field.EXPECTED_DISTRESS)),
    SAFETY_BEHAVIOUR("What you will leave out this time",
            "Safety behaviours are the small things we do so a mistake cannot happen or be"
                    + " noticed: re-reading five times, apologising in advance. Leaving one out"
                    + " lets you see what happens without it.",
            "Next", true, EnumSet.of(Field.SAFETY_BEHAVIOUR)),
    COPING("How you will look after yourself",
            "Plan how you will handle the discomfort if it comes, such as a short walk or a slow"
                    + " breath, and choose a kind line to say to yourself. Keep ours, or put it"
                    + " in your own words.",
            "Save my plan", true, EnumSet.of(Field.COPING_PLAN, Field.SELF_COMPASSION)),
    DO_IT("Now, do it",
            "Your plan is saved in Upcoming. When the moment comes, make the mistake as planned"
                    + " and notice what happens, around you and in you. There is no hurry: come"
                    + " back when you are ready.",
            "I have done it", false, EnumSet.noneOf(Field.class)),
    HOW_IT_WENT("How it went",
            "You did it. Rate how distressing it felt just before, at its peak and afterwards,"
                    + " and note what actually happened. Distress that stayed high is fine: it is"
                    + " something to notice, never a score.",
            "Next", true, EnumSet.of(Field.DISTRESS_BEFORE, Field.DISTRESS_PEAK, Field.DISTRESS_AFTER,
                    Field.WHAT_HAPPENED)),
    REFLECT("Looking back",
            "Four questions help you notice what this taught you. Answer any you like, in a word"
                    + " or a page; your plan and prediction are beside them. Then say how likely"
                    + " the feared outcome seems now.",
            "Finish", true, EnumSet.of(Field.FELT, Field.WORSE, Field.BETTER, Field.LEARNED,
                    Field.LIKELIHOOD_AFTER)),
    LATER("That is fine",
            "Your plan waits in Upcoming, ready whenever you are. When you have done it, open it"
                    + " and choose I did it; the questions to look back come after that. Choosing"
                    + " another day is part of going at your own pace.",
            "Show my plan", false, EnumSet.noneOf(Field.class));

    /** How many steps the indicator counts: every one but the ending for later. */
    public static final int COUNT = LATER.ordinal();

    private final String title;
    private final String why;
    private final String onward;
    private final boolean skippable;
    private final Set<Field> fields;

    GuideStep(String title, String why, String onward, boolean skippable, Set<Field> fields) {
        this.title = title;
        this.why = why;
        this.onward = onward;
        this.skippable = skippable;
        this.fields = fields;
    }

    public String title() {
        return title;
    }

    /** Why this step matters, in two or three plain sentences. */
    public String why() {
        return why;
    }

    /** What the button that goes on says: Next, or what it saves. */
    public String onward() {
        return onward;
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
        return this == LATER ? "" : "Step " + (ordinal() + 1) + " of " + COUNT;
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
