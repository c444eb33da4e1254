package org.goodenough.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A folder nobody can create files in. Permissions stop ordinary users; root ignores them, so
 * under root (as in CI containers) the read-only /sys file system stands in.
 */
public final class ReadOnlyPlaces {

    private ReadOnlyPlaces() {
    }

    public static Path folder(Path temp) throws IOException {
        Path locked = Files.createDirectory(temp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!canCreateIn(locked)) {
            return locked;
        }
        Path sys = Path.of("/sys");
        assumeTrue(Files.isDirectory(sys) && !canCreateIn(sys),
                "no folder here refuses new files to this user");
        return sys;
    }

    private static boolean canCreateIn(Path folder) {
        try {
            Path probe = Files.createTempFile(folder, "probe", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
