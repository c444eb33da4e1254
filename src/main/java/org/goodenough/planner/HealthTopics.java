package org.goodenough.planner;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Recognises mistakes that touch eating, the body or health, which are best planned with a
 * clinician. It reads English and German words (a German plan, or one made from the German
 * idea library, keeps its note); ideas in the library also carry the mark themselves.
 */
public final class HealthTopics {

    private static final Pattern WORDS = Pattern.compile("\\b(eat|eats|eating|ate|food|foods"
            + "|meal|meals|snack|snacks|diet|dieting|calorie"
            + "|calories|nutrition|portion|portions|weigh|weighing|weight|bathroom scales?|body|bodies"
            + "|exercise|exercising|workout|workouts|gym|health|healthy|illness|doctor"
            + "|medication|medicine|symptom|symptoms|pill|pills|skin|blemish|fasting|vomit"
            + "|binge|purge"
            + "|essen|esse|isst|esst|aß|gegessen|lebensmittel|mahlzeit|mahlzeiten"
            + "|diät|diäten|kalorien?|nährwert|nährwerte|nährwerten|portionen?|wiegen|wiege"
            + "|gewicht|waage|körper|körpers|training|trainings|trainieren|fitnessstudio"
            + "|gesundheit|gesund|krankheit|arzt|ärztin|medikamente?|medizin|symptome?"
            + "|tabletten?|haut|hautfleck|pickel|fasten|erbrechen|essanfall|essanfälle)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private HealthTopics() {
    }

    /** Whether any of the texts mentions eating, the body or health. */
    public static boolean touch(String... texts) {
        return Arrays.stream(texts).filter(Objects::nonNull)
                .anyMatch(text -> WORDS.matcher(text).find());
    }
}
