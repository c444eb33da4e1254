package org.goodenough;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.goodenough.domain.Category;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Reflection;
import org.goodenough.domain.Stakes;
import org.goodenough.domain.Suds;

/** Records with every field filled, in several scripts, for round trips. */
public final class Samples {

    public static final String EMOJI = "Sent it 😅 with a typo — and nobody minded 👍";
    public static final String RIGHT_TO_LEFT = "שלחתי את המייל עם שגיאת כתיב";
    public static final String ACCENTED = "Zoë’s café: ça va, Ærøskøbing, naïve";

    private Samples() {
    }

    public static Plan fullPlan(Long ladderId) {
        return new Plan(
                "Send the team update with one typo left in",
                Category.COMMUNICATION,
                Stakes.MEDIUM,
                LocalDate.of(2026, 11, 24),
                LocalTime.of(9, 30),
                "With the whole team, by email",
                "Someone points it out and thinks I am careless. " + RIGHT_TO_LEFT,
                Percent.of(70),
                Suds.of(55),
                "Re-reading it five times",
                "Breathe, send, close the mail app for an hour. " + ACCENTED,
                "I can handle this. " + EMOJI,
                ladderId);
    }

    public static Reflection fullReflection(Instant at) {
        return new Reflection(
                "Nobody mentioned it; one reply came back as usual.",
                Outcome.NO,
                "Tight chest for a few minutes, then it passed. " + EMOJI,
                "The minute after sending.",
                "Nobody noticed at all. " + ACCENTED,
                "A typo does not change what people think of my work. " + RIGHT_TO_LEFT,
                Percent.of(20),
                at);
    }
}
