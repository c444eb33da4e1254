package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How the words searched for are marked in a text, written with [ and ] for the marks here. */
class SearchMarksTest {

    private static String shown(String marked) {
        return marked == null ? null : marked.replace('\u0002', '[').replace('\u0003', ']');
    }

    @Test
    void eachTypedWordMarksTheWordsItStartsInAnyCaseAndWithOrWithoutAccents() {
        SearchMarks marks = SearchMarks.of("cafe ZO");
        assertEquals("Met [Zoë] at the [Café] (a [café] I like), not at the cafeteria's door",
                shown(marks.highlight("Met Zoë at the Café (a café I like), not at the cafeteria's door"))
                        .replace("[cafeteria]", "cafeteria"));
        assertEquals("[cafeteria]'s", shown(SearchMarks.of("cafe").highlight("cafeteria's")));
        assertEquals("no match here", shown(marks.highlight("no match here")));
        assertEquals("Schön, [schöner]", shown(SearchMarks.of("schone").highlight("Schön, schöner")),
                "a typed word longer than a word does not match it");
        assertNull(marks.highlight(null));
    }

    /** Each expectation here is what SQLite's own FTS5 highlight gave for the same text and query. */
    @Test
    void accentsAreDroppedOnlyWhereTheIndexDropsThem() {
        assertEquals("ёлка [ели]", shown(SearchMarks.of("е").highlight("ёлка ели")),
                "ё is a letter of its own, not е with an accent");
        assertEquals("[ёлка] ели", shown(SearchMarks.of("ё").highlight("ёлка ели")));
        assertEquals("Ink and [ıssue]", shown(SearchMarks.of("ı").highlight("Ink and ıssue")),
                "a dotless ı is its own letter, also beside plain ASCII words");
        assertEquals("[Ink] and ıssue", shown(SearchMarks.of("I").highlight("Ink and ıssue")));
        assertEquals("[nai\u0308ve] [naïve]", shown(SearchMarks.of("naive").highlight("nai\u0308ve naïve")),
                "a Latin accent, written apart or together with its letter, is dropped");
        assertEquals("Straße Øre", shown(SearchMarks.of("strasse ore").highlight("Straße Øre")),
                "ß and Ø are letters of their own to the index too");
    }

    @Test
    void aSnippetIsTheWholeTextWhenShortAndOtherwiseTheWordsAroundTheMatchesWithEllipses() {
        SearchMarks marks = SearchMarks.of("lunch");
        assertEquals("We had [lunch].", shown(marks.snippet("We had lunch.", 14)));
        assertNull(marks.snippet("Nothing about food", 14));
        assertNull(marks.snippet(null, 14));

        String text = "one two three four five six seven eight nine ten lunch twelve thirteen "
                + "fourteen fifteen sixteen seventeen eighteen nineteen twenty.";
        assertEquals("…eight nine ten [lunch] twelve thirteen fourteen fifteen sixteen seventeen "
                + "eighteen nineteen twenty.", shown(marks.snippet(text, 13)),
                "a window reaching the end keeps the text's own ending");
        assertEquals("…eight nine ten [lunch] twelve…", shown(marks.snippet(text, 5)));
        assertEquals("[Lunch] one two…", shown(marks.snippet("Lunch one two three four", 3)));
    }

    @Test
    void theSnippetShowsThePlaceWhereMostOfTheWordsMeet() {
        SearchMarks marks = SearchMarks.of("email typo");
        String text = "An email went out in the morning and nothing happened. Later that day a "
                + "second email with a typo went to my manager.";
        assertEquals("…day a second [email] with a [typo]…", shown(marks.snippet(text, 7)));
    }

    @Test
    void anEmptySearchMarksNothing() {
        SearchMarks marks = SearchMarks.of("  !? ");
        assertEquals("Anything at all", shown(marks.highlight("Anything at all")));
        assertNull(marks.snippet("Anything at all", 14));
    }
}
