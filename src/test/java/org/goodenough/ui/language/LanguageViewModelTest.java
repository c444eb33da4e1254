package org.goodenough.ui.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.goodenough.planner.AppPreferences.LanguageChoice;
import org.junit.jupiter.api.Test;

/** Which language the window speaks for each choice, on systems set to different locales. */
class LanguageViewModelTest {

    private static final Locale AUSTRIA = Locale.forLanguageTag("de-AT");
    private static final Locale FRANCE = Locale.FRANCE;

    @Test
    void asTheSystemIsSetSpeaksGermanForAnyGermanLocaleAndKeepsItsFormats() {
        assertEquals(AUSTRIA, LanguageViewModel.localeFor(LanguageChoice.SYSTEM, AUSTRIA));
        assertEquals(Locale.UK, LanguageViewModel.localeFor(LanguageChoice.SYSTEM, Locale.UK));
    }

    @Test
    void aLanguageTheAppDoesNotSpeakGivesEnglish() {
        assertEquals(Locale.ENGLISH, LanguageViewModel.localeFor(LanguageChoice.SYSTEM, FRANCE));
        assertEquals(Locale.ENGLISH, LanguageViewModel.localeFor(LanguageChoice.SYSTEM, Locale.ROOT));
    }

    @Test
    void aChoiceOverridesTheSystem() {
        assertEquals(Locale.GERMAN, LanguageViewModel.localeFor(LanguageChoice.GERMAN, Locale.US));
        assertEquals(Locale.GERMAN, LanguageViewModel.localeFor(LanguageChoice.GERMAN, FRANCE));
        assertEquals(Locale.ENGLISH, LanguageViewModel.localeFor(LanguageChoice.ENGLISH, AUSTRIA));
        assertEquals(AUSTRIA, LanguageViewModel.localeFor(LanguageChoice.GERMAN, AUSTRIA));
    }
}
