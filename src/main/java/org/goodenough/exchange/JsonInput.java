package org.goodenough.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.goodenough.domain.DayLimits;
import org.goodenough.domain.TextLimits;

/**
 * Reads the values of an imported file one by one, checking each the moment it is read, so
 * that a problem is reported with the exact line, column and place in the file.
 */
final class JsonInput {

    /** Strict, so that 24:00 is refused rather than read as the start of the same day. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    /** How a moment is written in the file, as the refusals show it. */
    private static final String MOMENT = "2026-11-23T09:30:00.000Z";

    /** Which numbers a rating may be. */
    private static final Phrase RATING = Phrase.of("a rating is a whole number from 0 to 100",
            "import.rule.rating");

    /** What a value in quotes should be, made once: every text of a file is read with one. */
    private static final Phrase A_TEXT = Phrase.of("text", "import.expected.text");
    private static final Phrase AN_ID = Phrase.of("an id", "import.expected.id");
    private static final Phrase A_MOMENT = Phrase.of("a moment such as " + MOMENT,
            "import.expected.moment");
    private static final Phrase A_DAY = Phrase.of("a day such as 2026-11-23", "import.expected.day");
    private static final Phrase A_TIME = Phrase.of("a time such as 14:30", "import.expected.time");

    /** Reads the value of one field; the parser stands on that value. */
    interface FieldReader {
        void read(String name) throws IOException;
    }

    private final JsonParser parser;

    JsonInput(JsonParser parser) {
        this.parser = parser;
    }

    JsonToken next() throws IOException {
        return parser.nextToken();
    }

    JsonToken token() {
        return parser.currentToken();
    }

    /**
     * Reads the object the parser stands on, handing each field to {@code reader}. A field not
     * in {@code known} is refused; so is one missing from {@code required}.
     */
    void object(RecordKind what, Set<String> known, Set<String> required, FieldReader reader)
            throws IOException {
        if (token() != JsonToken.START_OBJECT) {
            Phrase found = found();
            throw refuse(Phrase.of(what.english() + " should be an object in { }, but here is "
                    + found.english() + ".", "import.notAnObject", what.phrase(), found));
        }
        FilePlace start = place();
        Set<String> seen = new HashSet<>();
        while (next() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (!known.contains(name)) {
                String fields = String.join(", ", known);
                throw refuse(Phrase.of("\"" + name + "\" is not a field of " + what.english()
                        + ". The fields are: " + fields + ".", "import.unknownField", name,
                        what.phrase(), fields));
            }
            next();
            seen.add(name);
            reader.read(name);
        }
        for (String name : required) {
            if (!seen.contains(name)) {
                throw refuse(start, Phrase.of(what.english() + " has no \"" + name
                        + "\", which it needs.", "import.missingField", what.phrase(), name));
            }
        }
    }

    /** Reads the array the parser stands on, calling {@code item} on each element. */
    void array(String name, ItemReader item) throws IOException {
        if (token() == JsonToken.VALUE_NULL) {
            return;
        }
        if (token() != JsonToken.START_ARRAY) {
            Phrase found = found();
            throw refuse(Phrase.of("\"" + name + "\" should be a list in [ ], but here is "
                    + found.english() + ".", "import.notAList", name, found));
        }
        while (next() != JsonToken.END_ARRAY) {
            item.read();
        }
    }

    /** Reads one element of an array; the parser stands on it. */
    interface ItemReader {
        void read() throws IOException;
    }

    /** Text of at most {@code limit} characters; blank text counts as skipped. */
    String text(int limit) throws IOException {
        if (token() == JsonToken.VALUE_NULL) {
            return null;
        }
        String text = string(() -> A_TEXT);
        int length = text.codePointCount(0, text.length());
        if (length > limit) {
            throw refuse(Phrase.of(String.format(Locale.ENGLISH, "this text is %,d characters"
                    + " long; at most %,d fit here.", length, limit), "import.tooLong", length,
                    limit));
        }
        checkCharacters(text);
        return text.isBlank() ? null : text;
    }

    /** Text that must be there and not blank. */
    String requiredText(int limit, Phrase what) throws IOException {
        String text = text(limit);
        if (text == null) {
            throw refuse(Phrase.of(what.english() + " is empty; it needs to be written.",
                    "import.emptyText", what));
        }
        return text;
    }

    /** A stable id: 1 to {@code limit} characters, no control characters. */
    String id(int limit) throws IOException {
        String id = string(() -> AN_ID);
        if (id.isEmpty() || id.length() > limit) {
            throw refuse(Phrase.of("an id has 1 to " + limit + " characters; this one has "
                    + id.length() + ".", "import.idLength", limit, id.length()));
        }
        checkCharacters(id);
        if (id.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
            throw refuse(Phrase.of("an id is written on one line.", "import.idOnOneLine"));
        }
        return id;
    }

    /** An id naming another record, or null. */
    String reference(int limit) throws IOException {
        return token() == JsonToken.VALUE_NULL ? null : id(limit);
    }

    /** A rating from 0 to 100, or null. */
    Integer rating() throws IOException {
        return whole(0, 100, RATING);
    }

    /** A whole number in a range, or null; {@code rule} says which numbers fit. */
    Integer whole(int min, int max, Phrase rule) throws IOException {
        if (token() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token() != JsonToken.VALUE_NUMBER_INT) {
            Phrase found = found();
            throw refuse(Phrase.of(rule.english() + ", or null; here is " + found.english() + ".",
                    "import.notWhole", rule, found));
        }
        if (parser.getNumberType() != JsonParser.NumberType.INT || parser.getIntValue() < min
                || parser.getIntValue() > max) {
            throw refuse(Phrase.of(parser.getText() + " is out of range: " + rule.english() + ".",
                    "import.outOfRange", parser.getText(), rule));
        }
        return parser.getIntValue();
    }

    boolean bool() throws IOException {
        if (token() == JsonToken.VALUE_TRUE || token() == JsonToken.VALUE_FALSE) {
            return parser.getBooleanValue();
        }
        Phrase found = found();
        throw refuse(Phrase.of("this is true or false; here is " + found.english() + ".",
                "import.notTrueOrFalse", found));
    }

    /** One of an enum's names, or null. */
    <E extends Enum<E>> E choice(Class<E> type) throws IOException {
        if (token() == JsonToken.VALUE_NULL) {
            return null;
        }
        String name = string(() -> Phrase.of("one of " + names(type), "import.expected.oneOf",
                names(type)));
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            String names = names(type);
            throw refuse(Phrase.of("\"" + printable(name) + "\" is not one of " + names + ".",
                    "import.notOneOf", printable(name), names));
        }
    }

    <E extends Enum<E>> E requiredChoice(Class<E> type) throws IOException {
        E value = choice(type);
        if (value == null) {
            throw refuse(Phrase.of("this needs one of " + names(type) + ".", "import.needsOneOf",
                    names(type)));
        }
        return value;
    }

    /** An ISO-8601 instant with Z or an offset, or null. */
    Instant instant() throws IOException {
        if (token() == JsonToken.VALUE_NULL) {
            return null;
        }
        String text = string(() -> A_MOMENT);
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                instant = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                throw refuse(Phrase.of("\"" + printable(text) + "\" is not a moment written like "
                        + MOMENT + ".", "import.notAMoment", printable(text)));
            }
        }
        checkYear(instant.atOffset(ZoneOffset.UTC).getYear());
        return instant;
    }

    Instant requiredInstant() throws IOException {
        Instant instant = instant();
        if (instant == null) {
            throw refuse(Phrase.of("this needs a moment such as " + MOMENT + ".",
                    "import.needsMoment"));
        }
        return instant;
    }

    /** A day written as 2026-11-23, or null. */
    LocalDate day() throws IOException {
        if (token() == JsonToken.VALUE_NULL) {
            return null;
        }
        String text = string(() -> A_DAY);
        try {
            LocalDate day = LocalDate.parse(text);
            checkYear(day.getYear());
            return day;
        } catch (DateTimeParseException e) {
            throw refuse(Phrase.of("\"" + printable(text) + "\" is not a day written like"
                    + " 2026-11-23.", "import.notADay", printable(text)));
        }
    }

    /** A time of day written as 14:30, or null. */
    LocalTime time() throws IOException {
        if (token() == JsonToken.VALUE_NULL) {
            return null;
        }
        String text = string(() -> A_TIME);
        try {
            return LocalTime.parse(text, TIME);
        } catch (DateTimeParseException e) {
            throw refuse(Phrase.of("\"" + printable(text) + "\" is not a time written like 14:30.",
                    "import.notATime", printable(text)));
        }
    }

    /** Where the parser stands now. */
    FilePlace place() {
        JsonLocation location = parser.currentTokenLocation();
        JsonStreamContext context = parser.getParsingContext();
        if (token() == JsonToken.START_OBJECT || token() == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        return new FilePlace(location.getLineNr(), location.getColumnNr(), path(context));
    }

    /** A problem at the value the parser stands on. */
    ImportRefusedException refuse(Phrase problem) {
        return refuse(place(), problem);
    }

    /** A problem at a place read earlier, such as the start of an object. */
    static ImportRefusedException refuse(FilePlace place, Phrase problem) {
        return new ImportRefusedException(place, problem.reason(), capitalised(problem.english()));
    }

    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                path.insert(0, "[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.getCurrentName() != null) {
                path.insert(0, (at.getParent().inRoot() ? "" : ".") + at.getCurrentName());
            }
        }
        return path.toString();
    }

    private String string(Supplier<Phrase> expected) throws IOException {
        if (token() != JsonToken.VALUE_STRING) {
            Phrase found = found();
            throw refuse(Phrase.of("this should be " + expected.get().english() + " in quotes;"
                    + " here is " + found.english() + ".", "import.notQuoted", expected.get(),
                    found));
        }
        return parser.getText();
    }

    private void checkCharacters(String text) {
        int at = TextLimits.unkeepableAt(text);
        if (at < 0) {
            return;
        }
        char c = text.charAt(at);
        String code = String.format("%04X", (int) c);
        if (Character.isSurrogate(c)) {
            throw refuse(Phrase.of("this text holds a broken character (a lone \\u" + code
                    + "), which no text should.", "import.brokenCharacter", code));
        }
        throw refuse(Phrase.of("this text holds an invisible control character (\\u" + code
                + "), which text here cannot.", "import.controlCharacter", code));
    }

    private void checkYear(int year) {
        if (!DayLimits.keeps(year)) {
            // Years are passed as text, so no language writes them with a thousands separator.
            throw refuse(Phrase.of("the year " + year + " is outside the years "
                    + DayLimits.FIRST_YEAR + " to " + DayLimits.LAST_YEAR + " a journal keeps.",
                    "import.year", String.valueOf(year), String.valueOf(DayLimits.FIRST_YEAR),
                    String.valueOf(DayLimits.LAST_YEAR)));
        }
    }

    /** What stands where something else was expected. */
    private Phrase found() throws IOException {
        JsonToken token = token();
        if (token == null) {
            return Phrase.of("the end of the file", "import.found.end");
        }
        return switch (token) {
            case START_OBJECT -> Phrase.of("an object", "import.found.object");
            case START_ARRAY -> Phrase.of("a list", "import.found.list");
            case VALUE_STRING -> {
                String text = printable(parser.getText());
                yield Phrase.of("the text \"" + text + "\"", "import.found.text", text);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Phrase.of("the number " + parser.getText(),
                    "import.found.number", parser.getText());
            default -> Phrase.of(parser.getText(), "import.found.literal", parser.getText());
        };
    }

    /** Text quoted back in a message: short, on one line. */
    private static String printable(String text) {
        String line = text.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return line.codePointCount(0, line.length()) > 40
                ? line.substring(0, line.offsetByCodePoints(0, 40)) + "…" : line;
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", "));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
