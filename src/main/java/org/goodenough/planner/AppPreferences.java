package org.goodenough.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.goodenough.store.AppSettingsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Choices that belong to the app on this computer rather than to a journal (how large the
 * window draws; later the theme and the language), so a demonstration journal neither carries
 * nor changes them. Read once when the app starts; each change writes the whole file. Safe to
 * use from any one thread at a time.
 */
public final class AppPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(AppPreferences.class);
    static final String ZOOM = "zoomPercent";

    private final AppSettingsFile file;
    private final ObjectNode read;
    private final AppSettings settings;

    private AppPreferences(AppSettingsFile file) {
        this.file = file;
        this.read = file.read();
        this.settings = fromJson(read);
    }

    /** The preferences kept in {@code file}, read now; a missing or damaged file gives the usual ones. */
    public static AppPreferences at(Path file) {
        return new AppPreferences(new AppSettingsFile(file));
    }

    public Path file() {
        return file.file();
    }

    /** The settings as they were read when the app started. */
    public AppSettings settings() {
        return settings;
    }

    /**
     * Writes {@code changed} in place of the file, keeping any keys this version does not know.
     *
     * @throws org.goodenough.store.StoreException if it could not be written
     */
    public synchronized void save(AppSettings changed) {
        ObjectNode out = read.deepCopy();
        out.put(ZOOM, changed.zoomPercent());
        file.write(out);
    }

    private static AppSettings fromJson(ObjectNode node) {
        JsonNode zoom = node.path(ZOOM);
        if (zoom.isMissingNode()) {
            return AppSettings.USUAL;
        }
        if (!zoom.canConvertToInt() || zoom.asInt() != ZoomSteps.within(zoom.asInt())) {
            LOG.warn("The settings file holds a zoom Good Enough cannot use; the usual size is used");
            return AppSettings.USUAL;
        }
        return new AppSettings(zoom.asInt());
    }

    /**
     * The app's settings, apart from the live model the window binds to.
     *
     * @param zoomPercent how large the window draws, from 100 to 200
     */
    public record AppSettings(int zoomPercent) {

        public static final AppSettings USUAL = new AppSettings(ZoomSteps.ACTUAL_SIZE);

        public AppSettings {
            zoomPercent = ZoomSteps.within(zoomPercent);
        }
    }
}
