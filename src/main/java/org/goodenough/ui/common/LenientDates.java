package org.goodenough.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import javafx.util.StringConverter;

/**
 * Shows dates in the language of the window and reads back what they type, accepting ISO dates too.
 * Text that is not a date leaves the field empty instead of throwing at the person.
 */
public final class LenientDates extends StringConverter<LocalDate> {

    private final DateTimeFormatter local = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Texts.locale());

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : local.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {local,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Texts.locale()),
                DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return null;
    }
}
