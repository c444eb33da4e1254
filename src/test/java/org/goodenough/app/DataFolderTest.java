package org.goodenough.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/sam");

    @Test
    void linuxFollowsXdgDataHome() {
        assertEquals(Path.of("/data/sam/good-enough"),
                DataFolder.resolve("Linux", Map.of("XDG_DATA_HOME", "/data/sam"), HOME));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertEquals(Path.of("/home/sam/.local/share/good-enough"),
                DataFolder.resolve("Linux", Map.of(), HOME));
        assertEquals(Path.of("/home/sam/.local/share/good-enough"),
                DataFolder.resolve("Linux", Map.of("XDG_DATA_HOME", "relative/path"), HOME),
                "a relative XDG_DATA_HOME is ignored, as the spec says");
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/home/sam/Library/Application Support/Good Enough"),
                DataFolder.resolve("Mac OS X", Map.of(), HOME));
    }

    @Test
    void windowsUsesAppData() {
        // Absolute wherever the tests run (a Windows path needs its drive letter there).
        Path appData = Path.of("").toAbsolutePath().resolve("AppData").resolve("Roaming");
        assertEquals(appData.resolve("Good Enough"),
                DataFolder.resolve("Windows 11", Map.of("APPDATA", appData.toString()), HOME));
    }

    @Test
    void rebuildableFilesGoToEachPlatformsCacheFolder() {
        assertEquals(Path.of("/cache/sam/good-enough"),
                DataFolder.resolveCache("Linux", Map.of("XDG_CACHE_HOME", "/cache/sam"), HOME));
        assertEquals(Path.of("/home/sam/.cache/good-enough"),
                DataFolder.resolveCache("Linux", Map.of("XDG_CACHE_HOME", "relative"), HOME));
        assertEquals(Path.of("/home/sam/Library/Caches/Good Enough"),
                DataFolder.resolveCache("Mac OS X", Map.of(), HOME));
        Path local = Path.of("").toAbsolutePath().resolve("AppData").resolve("Local");
        assertEquals(local.resolve("Good Enough").resolve("Cache"),
                DataFolder.resolveCache("Windows 11", Map.of("LOCALAPPDATA", local.toString()), HOME));
        assertEquals(HOME.resolve("AppData").resolve("Local").resolve("Good Enough").resolve("Cache"),
                DataFolder.resolveCache("Windows 11", Map.of(), HOME));
    }

    @Test
    void createdFolderIsTheOwnersAlone(@TempDir Path temp) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        DataFolder folder = DataFolder.at(temp.resolve("data/good-enough")).create();
        assertEquals("rwx------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.path())));
        assertTrue(folder.defaultJournal().startsWith(folder.path()));
    }
}
