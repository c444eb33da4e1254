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

    @Test
    void itIsOneOrderForEveryMixOfDigitsLettersAndSigns() {
        String[] parts = {"a", "A", "ä", "b", "1", "2", "10", "½", "²", " ", "-", "Ä", "z", "07"};
        java.util.Random random = new java.util.Random(7);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = random.nextInt(4) + 1; n > 0; n--) {
                name.append(parts[random.nextInt(parts.length)]);
            }
            names.add(name.toString());
        }
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            NameOrder order = new NameOrder(locale);
            for (String a : names) {
                for (String b : names) {
                    assertEquals(Integer.signum(order.compare(a, b)),
                            -Integer.signum(order.compare(b, a)), a + " / " + b);
                }
            }
            for (int i = 0; i < 20_000; i++) {
                String a = names.get(random.nextInt(names.size()));
                String b = names.get(random.nextInt(names.size()));
                String c = names.get(random.nextInt(names.size()));
                if (order.compare(a, b) <= 0 && order.compare(b, c) <= 0) {
                    assertEquals(true, order.compare(a, c) <= 0, a + " ≤ " + b + " ≤ " + c);
                }
            }
            List<String> list = new ArrayList<>(names);
            list.sort(order);
        }
    }

    @Test
    void namesThatDifferOnlyInCaseAreEqualSoTheirOrderIsLeftToTheCaller() {
        assertEquals(0, new NameOrder(Locale.ENGLISH).compare("Emails", "emails"));
    }

    private static List<String> sorted(Locale locale, String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(new NameOrder(locale));
        return list;
    }
}
