package org.goodenough.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NameOrderTest {

    @Test
    void numbersGoByTheirValue() {
        assertEquals(List.of("Step 1", "Step 2", "Step 10", "Step 10b", "Step 100"),
                sorted(Locale.ENGLISH, "Step 100", "Step 10b", "Step 2", "Step 10", "Step 1"));
    }

    @Test
    void lettersGoAsTheLanguageHasThemWithoutRegardToCase() {
        // In German Ä files with A: "Äng" before "Anr", as a dictionary has it.
        assertEquals(List.of("Ängste vor Fehlern", "Anrufe", "Briefe", "e-Mails", "Zeugnisse"),
                sorted(Locale.GERMAN, "Zeugnisse", "Ängste vor Fehlern", "e-Mails", "Briefe",
                        "Anrufe"));
    }

    @Test
    void aShorterNameThatStartsTheLongerComesFirst() {
        assertEquals(List.of("Email", "Email 2", "Emails"),
                sorted(Locale.ENGLISH, "Emails", "Email 2", "Email"));
    }

    @Test
    void leadingZerosAndHugeNumbersKeepAStableOrder() {
        assertEquals(List.of("Day 7", "Day 007", "Day 99999999999999999999999"),
                sorted(Locale.ENGLISH, "Day 99999999999999999999999", "Day 007", "Day 7"));
    }

    private static List<String> sorted(Locale locale, String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(new NameOrder(locale));
        return list;
    }
}
