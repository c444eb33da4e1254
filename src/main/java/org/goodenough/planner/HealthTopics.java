package org.goodenough.planner;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Recognises mistakes that touch eating, the body or health, which are best planned with a
 * clinician. It reads English words; ideas in the library also carry the mark themselves.
 */
public final class HealthTopics {

    private static final Pattern WORDS = Pattern.compile("\\b(eat|eats|eating|ate|food|foods"
            + "|meal|meals|snack|snacks|diet|dieting|calorie"
            + "|calories|nutrition|portion|portions|weigh|weighing|weight|bathroom scales?|body|bodies"
            + "|exercise|exercising|workout|workouts|gym|health|healthy|illness|doctor"
            + "|medication|medicine|symptom|symptoms|pill|pills|skin|blemish|fasting|vomit"
            + "|binge|purge)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private HealthTopics() {
    }

    /** Whether any of the texts mentions eating, the body or health. */
    public static boolean touch(String... texts) {
        return Arrays.stream(texts).filter(Objects::nonNull)
                .anyMatch(text -> WORDS.matcher(text).find());
    }
}
