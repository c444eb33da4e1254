package org.goodenough.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
 */
public final class AppSettingsFile {

    private static final Logger LOG = LoggerFactory.getLogger(AppSettingsFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

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
            return JSON.createObjectNode();
        } catch (IOException e) {
            LOG.warn("The settings file could not be read ({}); the usual settings are used",
                    e.getClass().getSimpleName());
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            // Falls through to the warning: the reason may quote the file, so it is not logged.
        }
        LOG.warn("The settings file {} is not one Good Enough wrote; the usual settings are used",
                file.getFileName());
        return JSON.createObjectNode();
    }

    /**
     * Puts {@code settings} in place of the file, whole.
     *
     * @throws StoreException if it could not be written; the file is then as it was
     */
    public void write(ObjectNode settings) {
        try {
            PrivateFiles.writeWhole(file,
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(settings));
        } catch (IOException e) {
            throw new StoreException(Reason.of("settingsNotSaved", e.getClass().getSimpleName()),
                    "The app's settings could not be saved (" + e.getClass().getSimpleName()
                    + ").", e);
        }
    }

    /** A new, empty settings object to fill. */
    public static ObjectNode empty() {
        return JSON.createObjectNode();
    }
}
