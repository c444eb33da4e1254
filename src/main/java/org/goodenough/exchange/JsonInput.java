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
import java.util.Set;
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
    void object(String what, Set<String> known, Set<String> required, FieldReader reader)
            throws IOException {
        if (token() != JsonToken.START_OBJECT) {
            throw refuse(what + " should be an object in { }, but here is " + found() + ".");
        }
        FilePlace start = place();
        Set<String> seen = new HashSet<>();
        while (next() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (!known.contains(name)) {
                throw refuse("\"" + name + "\" is not a field of " + lowerFirst(what) + ". The fields are: "
                        + String.join(", ", known) + ".");
            }
            next();
            seen.add(name);
            reader.read(name);
        }
        for (String name : required) {
            if (!seen.contains(name)) {
                throw new ImportRefusedException(start, what + " has no \"" + name
                        + "\", which it needs.");
            }
        }
    }

    /** Reads the array the parser stands on, calling {@code item} on each element. */
    void array(String what, ItemReader item) throws IOException {
        if (token() == JsonToken.VALUE_NULL) {
            return;
        }
        if (token() != JsonToken.START_ARRAY) {
            throw refuse(what + " should be a list in [ ], but here is " + found() + ".");
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
        String text = string("text");
        int length = text.codePointCount(0, text.length());
        if (length > limit) {
            throw refuse(String.format("this text is %,d characters long; at most %,d fit here.",
                    length, limit));
        }
        checkCharacters(text);
        return text.isBlank() ? null : text;
    }

    /** Text that must be there and not blank. */
    String requiredText(int limit, String what) throws IOException {
        String text = text(limit);
        if (text == null) {
            throw refuse(what + " is empty; it needs to be written.");
        }
        return text;
    }

    /** A stable id: 1 to {@code limit} characters, no control characters. */
    String id(int limit) throws IOException {
        String id = string("an id");
        if (id.isEmpty() || id.length() > limit) {
            throw refuse("an id has 1 to " + limit + " characters; this one has " + id.length() + ".");
        }
        checkCharacters(id);
        if (id.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
            throw refuse("an id is written on one line.");
        }
        return id;
    }

    /** An id naming another record, or null. */
    String reference(int limit) throws IOException {
        return token() == JsonToken.VALUE_NULL ? null : id(limit);
    }

    /** A rating from 0 to 100, or null. */
    Integer rating() throws IOException {
        return whole(0, 100, "a rating is a whole number from 0 to 100");
    }

    /** A whole number in a range, or null. */
    Integer whole(int min, int max, String rule) throws IOException {
        if (token() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token() != JsonToken.VALUE_NUMBER_INT) {
            throw refuse(rule + ", or null; here is " + found() + ".");
        }
        if (parser.getNumberType() != JsonParser.NumberType.INT || parser.getIntValue() < min
                || parser.getIntValue() > max) {
            throw refuse(parser.getText() + " is out of range: " + rule + ".");
        }
        return parser.getIntValue();
    }

    boolean bool() throws IOException {
        if (token() == JsonToken.VALUE_TRUE || token() == JsonToken.VALUE_FALSE) {
            return parser.getBooleanValue();
        }
        throw refuse("this is true or false; here is " + found() + ".");
    }

    /** One of an enum's names, or null. */
    <E extends Enum<E>> E choice(Class<E> type) throws IOException {
        if (token() == JsonToken.VALUE_NULL) {
            return null;
        }
        String name = string("one of " + names(type));
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw refuse("\"" + printable(name) + "\" is not one of " + names(type) + ".");
        }
    }

    <E extends Enum<E>> E requiredChoice(Class<E> type) throws IOException {
        E value = choice(type);
        if (value == null) {
            throw refuse("this needs one of " + names(type) + ".");
        }
        return value;
    }

    /** An ISO-8601 instant with Z or an offset, or null. */
    Instant instant() throws IOException {
        if (token() == JsonToken.VALUE_NULL) {
            return null;
        }
        String text = string("a moment such as 2026-11-23T09:30:00.000Z");
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                instant = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                throw refuse("\"" + printable(text) + "\" is not a moment written like"
                        + " 2026-11-23T09:30:00.000Z.");
            }
        }
        checkYear(instant.atOffset(ZoneOffset.UTC).getYear());
        return instant;
    }

    Instant requiredInstant() throws IOException {
        Instant instant = instant();
        if (instant == null) {
            throw refuse("this needs a moment such as 2026-11-23T09:30:00.000Z.");
        }
        return instant;
    }

    /** A day written as 2026-11-23, or null. */
    LocalDate day() throws IOException {
        if (token() == JsonToken.VALUE_NULL) {
            return null;
        }
        String text = string("a day such as 2026-11-23");
        try {
            LocalDate day = LocalDate.parse(text);
            checkYear(day.getYear());
            return day;
        } catch (DateTimeParseException e) {
            throw refuse("\"" + printable(text) + "\" is not a day written like 2026-11-23.");
        }
    }

    /** A time of day written as 14:30, or null. */
    LocalTime time() throws IOException {
        if (token() == JsonToken.VALUE_NULL) {
            return null;
        }
        String text = string("a time such as 14:30");
        try {
            return LocalTime.parse(text, TIME);
        } catch (DateTimeParseException e) {
            throw refuse("\"" + printable(text) + "\" is not a time written like 14:30.");
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
    ImportRefusedException refuse(String problem) {
        return new ImportRefusedException(place(), capitalised(problem));
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

    private String string(String expected) throws IOException {
        if (token() != JsonToken.VALUE_STRING) {
            throw refuse("this should be " + expected + " in quotes; here is " + found() + ".");
        }
        return parser.getText();
    }

    private void checkCharacters(String text) {
        int at = TextLimits.unkeepableAt(text);
        if (at < 0) {
            return;
        }
        char c = text.charAt(at);
        if (Character.isSurrogate(c)) {
            throw refuse("this text holds a broken character (a lone \\u"
                    + String.format("%04X", (int) c) + "), which no text should.");
        }
        throw refuse("this text holds an invisible control character (\\u"
                + String.format("%04X", (int) c) + "), which text here cannot.");
    }

    private void checkYear(int year) {
        if (!DayLimits.keeps(year)) {
            throw refuse("the year " + year + " is outside the years " + DayLimits.FIRST_YEAR
                    + " to " + DayLimits.LAST_YEAR + " a journal keeps.");
        }
    }

    private String found() throws IOException {
        JsonToken token = token();
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "the text \"" + printable(parser.getText()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getText();
            case VALUE_TRUE, VALUE_FALSE -> parser.getText();
            case VALUE_NULL -> "null";
            default -> parser.getText();
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

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
