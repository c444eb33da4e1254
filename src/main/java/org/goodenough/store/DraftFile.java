package org.goodenough.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.goodenough.domain.Draft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one draft of a journal, kept as a small JSON file in the {@code drafts} folder beside it,
 * apart from the journal itself, so a draft can be kept even when the journal cannot be written
 * (moved, deleted, read-only). Each write puts a whole file in place in one step, so a crash
 * leaves the old draft or the new one, never half of either.
 */
public final class DraftFile {

    private static final Logger LOG = LoggerFactory.getLogger(DraftFile.class);
    /** Made the first time a draft is written or read, not when a journal opens. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final int VERSION = 1;

    private final Path file;

    /** The draft file of the journal at {@code journal}. */
    public DraftFile(Path journal) {
        Path absolute = journal.toAbsolutePath().normalize();
        this.file = absolute.resolveSibling("drafts").resolve(absolute.getFileName() + ".json");
    }

    public Path file() {
        return file;
    }

    /**
     * Keeps {@code draft} in place of any earlier one.
     *
     * @throws StoreException if it could not be written; the earlier draft is then as it was
     */
    public void keep(Draft draft) {
        try {
            PrivateFiles.writeWhole(file, Json.MAPPER.writeValueAsBytes(toJson(draft)));
        } catch (IOException e) {
            throw new StoreException(full(e) ? Reason.of("draftNotKept.full")
                    : Reason.of("draftNotKept", detail(e)),
                    "What you are typing could not be kept as a draft (" + reason(e)
                    + "). It is still in the form.", e);
        }
    }

    /** The draft kept last, if there is one that can be read. */
    public Optional<Draft> find() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("The draft file could not be read: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
        try {
            return Optional.of(fromJson(Json.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8))));
        } catch (JsonProcessingException | RuntimeException e) {
            // Only a program other than this one could have written it so.
            LOG.warn("The draft file is not one Good Enough wrote; it is left alone");
            return Optional.empty();
        }
    }

    /** Removes the draft; there is nothing to offer back any more. */
    public void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException(Reason.of("draftNotRemoved", detail(e)),
                    "The draft could not be removed (" + reason(e) + ").", e);
        }
    }

    private static ObjectNode toJson(Draft draft) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("version", VERSION);
        node.put("form", draft.form());
        if (draft.subject() == null) {
            node.putNull("subject");
        } else {
            node.put("subject", draft.subject());
        }
        node.put("keptAt", draft.keptAt().toString());
        ObjectNode fields = node.putObject("fields");
        draft.fields().forEach(fields::put);
        return node;
    }

    private static Draft fromJson(JsonNode node) {
        if (node.path("version").asInt() != VERSION || !node.path("form").isTextual()
                || !node.path("fields").isObject()) {
            throw new IllegalArgumentException("not a draft");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.get("fields").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isTextual()) {
                fields.put(field.getKey(), field.getValue().asText());
            }
        }
        JsonNode subject = node.path("subject");
        try {
            return new Draft(node.get("form").asText(),
                    subject.canConvertToLong() ? subject.asLong() : null,
                    Instant.parse(node.path("keptAt").asText()), fields);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a draft", e);
        }
    }

    private static String reason(IOException e) {
        return full(e) ? "the disk is full" : detail(e);
    }

    private static boolean full(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("No space left");
    }

    /** What the system said, for the person to look up or pass on; it quotes no journal text. */
    private static String detail(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
