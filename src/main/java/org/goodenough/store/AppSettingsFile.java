package org.goodenough.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's own settings, apart from any journal: how large the window draws, and later its
 * theme and language. One small JSON object ({@code settings.json} in the data folder), so a
 * practice or demonstration journal never carries them and never needs the person's own.
 * Each write puts a whole owner-only file in place in one step. Keys this version does not
 * know are kept as they were, so a newer version's settings survive an older one.
 *
 * <p>The file is read and written with Jackson's streaming parser and generator into a tree,
 * not with an {@code ObjectMapper}: the window reads this file before its first frame, and
 * setting up a mapper loaded some 280 classes more at every start.
 */
public final class AppSettingsFile {

    private static final Logger LOG = LoggerFactory.getLogger(AppSettingsFile.class);
    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Deeper than any settings file; a deeper one is not one this app wrote. */
    private static final int DEEPEST = 32;

    private final Path file;

    public AppSettingsFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    /**
     * What the file holds, or an empty object when there is none yet or it cannot be read as
     * settings; a damaged file is left alone (it is replaced at the next write) and never
     * stops the app from starting.
     */
    public ObjectNode read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return NODES.objectNode();
        } catch (IOException e) {
            LOG.warn("The settings file could not be read ({}); the usual settings are used",
                    e.getClass().getSimpleName());
            return NODES.objectNode();
        }
        try (JsonParser parser = JSON.createParser(bytes)) {
            JsonNode node = parser.nextToken() == JsonToken.START_OBJECT ? value(parser, 0) : null;
            if (node instanceof ObjectNode object && parser.nextToken() == null) {
                return object;
            }
        } catch (IOException | IllegalStateException e) {
            // Falls through to the warning: the reason may quote the file, so it is not logged.
        }
        LOG.warn("The settings file {} is not one Good Enough wrote; the usual settings are used",
                file.getFileName());
        return NODES.objectNode();
    }

    /** The value whose first token the parser is on, read whole. */
    private static JsonNode value(JsonParser parser, int depth) throws IOException {
        if (depth > DEEPEST) {
            throw new IllegalStateException("Nested too deeply");
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, value(parser, depth + 1));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser, depth + 1));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalStateException("Not a JSON value: " + token);
        }
    }

    private static void write(JsonGenerator out, JsonNode node) throws IOException {
        if (node.isObject()) {
            out.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.writeFieldName(field.getKey());
                write(out, field.getValue());
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (JsonNode each : node) {
                write(out, each);
            }
            out.writeEndArray();
        } else if (node.isTextual()) {
            out.writeString(node.textValue());
        } else if (node.isIntegralNumber()) {
            out.writeNumber(node.bigIntegerValue());
        } else if (node.isNumber()) {
            // A number too large for a double was read as infinity: written as text, as
            // Jackson's own writer does, so the file stays JSON.
            double value = node.doubleValue();
            if (Double.isFinite(value)) {
                out.writeNumber(value);
            } else {
                out.writeString(String.valueOf(value));
            }
        } else if (node.isBoolean()) {
            out.writeBoolean(node.booleanValue());
        } else {
            out.writeNull();
        }
    }

    /**
     * Puts {@code settings} in place of the file, whole.
     *
     * @throws StoreException if it could not be written; the file is then as it was
     */
    public void write(ObjectNode settings) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator out = JSON.createGenerator(bytes)) {
                out.useDefaultPrettyPrinter();
                write(out, settings);
            }
            PrivateFiles.writeWhole(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new StoreException(Reason.of("settingsNotSaved", e.getClass().getSimpleName()),
                    "The app's settings could not be saved (" + e.getClass().getSimpleName()
                    + ").", e);
        }
    }

    /** A new, empty settings object to fill. */
    public static ObjectNode empty() {
        return NODES.objectNode();
    }
}
