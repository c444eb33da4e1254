package org.goodenough.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the desktop is set to dark colours, read the cheap way each system offers: on macOS
 * and Windows one short local command, on Linux the GTK_THEME variable, GNOME's settings
 * (through {@code gsettings}), then GTK's and KDE's own files. Nothing leaves the computer.
 * When nothing can be read, the answer is light.
 */
public final class SystemTheme {

    private static final Logger LOG = LoggerFactory.getLogger(SystemTheme.class);
    private static final long WAIT_MS = 1500;

    private SystemTheme() {
    }

    /** Reads the system's setting now; takes a few milliseconds, so call it off the FX thread. */
    public static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.contains("mac")) {
                return output("defaults", "read", "-g", "AppleInterfaceStyle")
                        .map(style -> style.trim().equalsIgnoreCase("dark")).orElse(false);
            }
            if (os.contains("win")) {
                return output("reg", "query",
                        "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                        "/v", "AppsUseLightTheme").map(SystemTheme::windowsDark).orElse(false);
            }
            return linuxDark(System.getenv("GTK_THEME"), Path.of(System.getProperty("user.home")));
        } catch (RuntimeException e) {
            LOG.debug("The system's light or dark setting could not be read", e);
            return false;
        }
    }

    static boolean linuxDark(String gtkThemeVariable, Path home) {
        if (gtkThemeVariable != null && !gtkThemeVariable.isBlank()) {
            return darkName(gtkThemeVariable);
        }
        Optional<String> scheme = output("gsettings", "get", "org.gnome.desktop.interface",
                "color-scheme");
        if (scheme.isPresent()) {
            String value = scheme.get().trim();
            if (value.contains("prefer-dark")) {
                return true;
            }
            if (value.contains("prefer-light")) {
                return false;
            }
            return output("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")
                    .map(SystemTheme::darkName).orElse(false);
        }
        return fileSaysDark(home.resolve(".config/gtk-3.0/settings.ini"))
                || fileSaysDark(home.resolve(".config/gtk-4.0/settings.ini"))
                || fileSaysDark(home.resolve(".config/kdeglobals"));
    }

    /** A theme named like "Adwaita-dark", "Adwaita:dark" or "BreezeDark". */
    static boolean darkName(String name) {
        return name.toLowerCase(Locale.ROOT).contains("dark");
    }

    /** {@code AppsUseLightTheme    REG_DWORD    0x0} means dark. */
    static boolean windowsDark(String regOutput) {
        return regOutput.contains("AppsUseLightTheme") && regOutput.trim().endsWith("0x0");
    }

    /**
     * GTK's {@code gtk-application-prefer-dark-theme=1} (or true), or a theme or KDE colour
     * scheme whose name says dark.
     */
    static boolean linesSayDark(List<String> lines) {
        for (String line : lines) {
            String[] pair = line.split("=", 2);
            if (pair.length < 2) {
                continue;
            }
            String key = pair[0].trim();
            String value = pair[1].trim().toLowerCase(Locale.ROOT);
            if (key.equals("gtk-application-prefer-dark-theme")
                    && (value.equals("1") || value.equals("true"))) {
                return true;
            }
            if ((key.equals("gtk-theme-name") || key.equals("ColorScheme")) && darkName(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fileSaysDark(Path file) {
        try {
            return Files.isReadable(file) && linesSayDark(Files.readAllLines(file));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** What a short local command prints, when it runs and succeeds. */
    private static Optional<String> output(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            try (InputStream in = process.getInputStream()) {
                if (!process.waitFor(WAIT_MS, TimeUnit.MILLISECONDS)) {
                    process.destroy();
                    return Optional.empty();
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
