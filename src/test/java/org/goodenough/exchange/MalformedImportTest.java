package org.goodenough.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Progress;
import org.goodenough.store.Journal;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged, truncated, foreign and hand-spoiled exports: each is refused with a message that
 * says where the problem is, and the journal it was meant for stays exactly as it was.
 */
class MalformedImportTest {

    @TempDir
    static Path folder;
    private static String valid;
    private static Journal target;
    private static String targetBefore;

    @BeforeAll
    static void prepare() {
        try (Journal rich = Journal.open(folder.resolve("rich.db"))) {
            RichJournal.fill(rich);
            valid = RichJournal.json(rich);
        }
        target = Journal.open(folder.resolve("target.db"));
        target.exposures().add(Plan.of("Already here"), null, Instant.parse("2026-11-01T10:00:00Z"));
        targetBefore = RichJournal.json(target);
    }

    @AfterAll
    static void close() {
        target.close();
    }

    static Stream<Arguments> files() {
        return Stream.of(
                text("an empty file", s -> "", "The file is empty"),
                text("only spaces", s -> "   \n  ", "The file is empty"),
                text("plain text", s -> "Dear diary, today I left a typo in.", "Line 1, column 1"),
                text("a JSON list", s -> "[1, 2, 3]", "an export starts with {"),
                text("cut off halfway", s -> s.substring(0, s.length() / 2), "ends too soon"),
                text("cut off before the last brace", s -> s.substring(0, s.lastIndexOf('}')),
                        "ends too soon"),
                text("something after the end", s -> s + "{}", "nothing may follow"),
                text("another program's JSON", s -> "{\"name\": \"todo list\", \"items\": []}",
                        "\"name\" is not a field of the export. The fields are: format, formatVersion"),
                text("a wrong format name", s -> s.replace("good-enough-journal", "diary"),
                        "not a Good Enough export"),
                text("no format", s -> s.replace("\"format\": \"good-enough-journal\",", ""),
                        "has no \"format\""),
                text("a newer version", s -> s.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
                        "Update Good Enough"),
                text("a version as text", s -> s.replace("\"formatVersion\": 1",
                        "\"formatVersion\": \"1\""), "(formatVersion)"),
                text("version 0", s -> s.replace("\"formatVersion\": 1", "\"formatVersion\": 0"),
                        "out of range"),
                text("no version", s -> s.replace("\"formatVersion\": 1,", ""),
                        "has no \"formatVersion\""),
                text("likelihood 140", s -> s.replaceFirst("\"likelihood\": 70", "\"likelihood\": 140"),
                        "(exposures[0].likelihood): 140 is out of range"),
                text("negative distress", s -> s.replaceFirst("\"expectedDistress\": 55",
                        "\"expectedDistress\": -5"), "(exposures[0].expectedDistress)"),
                text("a rating with a fraction", s -> s.replaceFirst("\"distressPeak\": 65",
                        "\"distressPeak\": 50.5"), "(exposures[0].distressPeak)"),
                text("a rating in words", s -> s.replaceFirst("\"likelihood\": 70",
                        "\"likelihood\": \"high\""), "the text \"high\""),
                text("a huge rating", s -> s.replaceFirst("\"likelihood\": 70",
                        "\"likelihood\": 99999999999999999999"), "(exposures[0].likelihood)"),
                text("an unknown state", s -> s.replaceFirst("\"status\": \"DONE\"",
                        "\"status\": \"FINISHED\""), "not one of PLANNED, DONE, NOT_NOW, LET_GO"),
                text("no state", s -> s.replaceFirst("\"status\": \"DONE\",", ""),
                        "has no \"status\""),
                text("no mistake", s -> s.replaceFirst("\"mistake\": \"Send the team update with one"
                        + " typo left in\",", ""), "has no \"mistake\""),
                text("a blank mistake", s -> s.replaceFirst("Send the team update with one typo left"
                        + " in", "   "), "(exposures[0].mistake): The mistake is empty"),
                text("a mistake too long", s -> s.replaceFirst("Send the team update with one typo"
                        + " left in", "x".repeat(1_001)), "1,001 characters long"),
                text("an unknown field", s -> s.replaceFirst("\"place\":", "\"venue\": 1, \"place\":"),
                        "\"venue\" is not a field of an exposure"),
                text("a field twice", s -> s.replaceFirst("\"place\":", "\"stakes\": \"LOW\", \"place\":"),
                        "appears twice"),
                text("exposures as an object", s -> s.replace("\"exposures\": [", "\"exposures\": {\"a\":")
                        .replaceFirst("\\]\\s*,\\s*\"ownIdeas\"", "}, \"ownIdeas\""),
                        "\"exposures\" should be a list"),
                text("an exposure as text", s -> s.replace("\"exposures\": [", "\"exposures\": [\"typo\", "),
                        "(exposures[0]): An exposure should be an object"),
                text("the 30th of February", s -> s.replaceFirst("2026-11-24", "2026-02-30"),
                        "(exposures[0].plannedDate)"),
                text("a time of 25 o'clock", s -> s.replaceFirst("\"09:30\"", "\"25:00\""),
                        "(exposures[0].plannedTime)"),
                text("midnight as 24:00", s -> s.replaceFirst("\"09:30\"", "\"24:00\""),
                        "(exposures[0].plannedTime)"),
                text("a moment in words", s -> s.replaceFirst("\"createdAt\": \"[^\"]+\"",
                        "\"createdAt\": \"yesterday\""), "(ladders[0].createdAt)"),
                text("a year far away", s -> s.replaceFirst("\"doneAt\": \"2026", "\"doneAt\": \"0001"),
                        "year 1 is outside the years 1000 to 9999"),
                text("a reflection without its moment", s -> s.replaceFirst(
                        ",\\s*\"reflectedAt\": \"[^\"]+\"", ""), "A reflection has no \"reflectedAt\""),
                text("an unknown outcome", s -> s.replaceFirst("\"outcome\": \"NO\"",
                        "\"outcome\": \"MAYBE\""), "(exposures[0].reflection.outcome)"),
                text("a ladder that is nowhere", s -> s.replaceFirst("\"ladder\": \"[^\"]+\"",
                        "\"ladder\": \"no-such-ladder\""), "its ladder \"no-such-ladder\" is neither"),
                text("a series that is nowhere", s -> s.replaceFirst("\"repeatOf\": \"[^\"]+\"",
                        "\"repeatOf\": \"no-such-exposure\""), "(exposures[1])"),
                text("an id used twice", s -> s.replaceFirst("\"id\": \"([^\"]+)\",(\\s*\"name\": \"Good)",
                        "\"id\": \"" + firstId(s) + "\",$2"), "(ladders[1])"),
                text("a control character", s -> s.replaceFirst("With the whole team",
                        "With the \\\\u0007 team"), "control character (\\u0007)"),
                text("a broken character", s -> s.replaceFirst("With the whole team",
                        "With the \\\\ud800 team"), "broken character"),
                text("a belief rating without strength", s -> s.replaceFirst("\"strength\": 90",
                        "\"strength\": null"), "(ladders[0].beliefHistory[0].strength)"),
                text("a hidden idea of our own kind", s -> s.replace("builtin:work-typo-in-team-chat",
                        "own:7"), "(hiddenIdeas[0].key)"),
                text("yes instead of true", s -> s.replaceFirst("\"orderedByHand\": false",
                        "\"orderedByHand\": \"yes\""), "(ladders[0].orderedByHand)"),
                text("an empty id", s -> s.replaceFirst("\"id\": \"[^\"]+\"", "\"id\": \"\""),
                        "(ladders[0].id)"),
                bytes("bytes that are not UTF-8", s -> {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    byte[] spoiled = Arrays.copyOf(b, b.length);
                    int at = s.indexOf("With the whole team");
                    spoiled[at] = (byte) 0xC3;
                    spoiled[at + 1] = (byte) 0x28;
                    return spoiled;
                }, "not well-formed JSON"),
                bytes("a picture, not an export", s -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10,
                        26, 10, 0, 0}, "Line 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void isRefusedWithWhereAndTheJournalIsUnchanged(String name, byte[] content, String expected)
            throws Exception {
        Path file = folder.resolve("spoiled.json");
        Files.write(file, content);
        JournalImport importer = new JournalImport(target.transfer());

        ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                () -> importer.prepare(file, Progress.NONE));

        assertTrue(refused.getMessage().contains(expected),
                () -> "expected \"" + expected + "\" in: " + refused.getMessage());
        assertEquals(targetBefore, RichJournal.json(target));
    }

    /**
     * The window words each refusal from its reason: in English exactly as the message the
     * log and the command line keep, and in German with the same place in the file in front,
     * so the entry and the field are still named.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void isSaidInTheWindowsLanguage(String name, byte[] content, String expected) throws Exception {
        Path file = folder.resolve("spoiled-words.json");
        Files.write(file, content);
        ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                () -> new JournalImport(target.transfer()).prepare(file, Progress.NONE));
        assertNotNull(refused.reason(), "a refusal the window cannot word");
        try {
            Texts.use(Locale.ENGLISH);
            assertEquals(refused.getMessage(), Failures.describe(refused));

            Texts.use(Locale.GERMAN);
            String german = Failures.describe(refused);
            assertNotEquals(refused.getMessage(), german);
            FilePlace place = refused.place();
            String where = place.line() > 0 ? "Zeile " + place.line() + ", Spalte " + place.column()
                    + (place.path().isEmpty() ? ": " : " (" + place.path() + "): ")
                    : place.path().isEmpty() ? "" : "Bei " + place.path() + ": ";
            assertTrue(german.startsWith(where), () -> "expected \"" + where + "\" first in: " + german);
            String said = german.substring(where.length());
            assertTrue(Character.isUpperCase(said.codePointAt(0)) || !Character.isLetter(said.codePointAt(0)),
                    german);
            assertNoEnglish(withoutQuotes(said, refused));
        } finally {
            Texts.use(Locale.ENGLISH);
        }
    }

    /** Words of English sentences that no German sentence here holds. */
    private static void assertNoEnglish(String german) {
        for (String word : List.of(" is ", " the ", " should ", " has ", " which ", " not ", " here ",
                " needs ", " written ")) {
            assertFalse((" " + german + " ").contains(word), () -> "\"" + word.strip()
                    + "\" in German: " + german);
        }
    }

    /** What the file said or the JSON reader found, which stays as it is in any language. */
    private static String withoutQuotes(String german, ImportRefusedException refused) {
        String text = german.replaceAll("„[^“]*“", "„…“");
        for (Object value : refused.reason().values()) {
            if (value instanceof String quoted && !quoted.isBlank()) {
                text = text.replace(quoted, "…");
            }
        }
        return text;
    }

    private static Arguments text(String name, UnaryOperator<String> spoil, String expected) {
        String spoiled = spoil.apply(valid);
        if (spoiled.equals(valid)) {
            throw new IllegalStateException("The case \"" + name + "\" did not change the file");
        }
        return Arguments.of(name, spoiled.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static Arguments bytes(String name, java.util.function.Function<String, byte[]> spoil,
            String expected) {
        return Arguments.of(name, spoil.apply(valid), expected);
    }

    private static String firstId(String json) {
        int start = json.indexOf("\"id\": \"") + 7;
        return json.substring(start, json.indexOf('"', start));
    }
}
