package org.goodenough.exchange.worksheet;

import java.util.Locale;
import java.util.Set;

/** The paper a worksheet is laid out for, in PDF points (1/72 inch). */
public enum PaperSize {
    A4("A4", 595.28f, 841.89f),
    LETTER("US Letter", 612f, 792f);

    /** Countries where Letter is the usual paper; everywhere else uses A4. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PR", "PH",
            "CL", "CO", "VE", "CR", "GT", "SV", "DO", "PA", "NI", "BZ");

    private final String label;
    private final float width;
    private final float height;

    PaperSize(String label, float width, float height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    public String label() {
        return label;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** The usual paper where {@code locale} is, by its country: Letter in the Americas' few, else A4. */
    public static PaperSize usualFor(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry().toUpperCase(Locale.ROOT)) ? LETTER : A4;
    }

    /** The paper a stored name stands for, or {@code null} when it names none. */
    public static PaperSize named(String name) {
        for (PaperSize each : values()) {
            if (each.name().equalsIgnoreCase(name)) {
                return each;
            }
        }
        return null;
    }
}
