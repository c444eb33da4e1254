package org.goodenough.ui.theme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the system's light or dark setting is read from what each desktop says. */
class SystemThemeTest {

    @Test
    void gtkAndKdeSettingsThatSayDark() {
        assertTrue(SystemTheme.linesSayDark(List.of("[Settings]",
                "gtk-application-prefer-dark-theme=1")));
        assertTrue(SystemTheme.linesSayDark(List.of("gtk-application-prefer-dark-theme = true")));
        assertTrue(SystemTheme.linesSayDark(List.of("gtk-theme-name=Adwaita-dark")));
        assertTrue(SystemTheme.linesSayDark(List.of("[General]", "ColorScheme=BreezeDark")));
    }

    @Test
    void settingsThatSayLightOrNothing() {
        assertFalse(SystemTheme.linesSayDark(List.of("[Settings]",
                "gtk-application-prefer-dark-theme=0", "gtk-theme-name=Adwaita")));
        assertFalse(SystemTheme.linesSayDark(List.of("ColorScheme=BreezeLight")));
        assertFalse(SystemTheme.linesSayDark(List.of("# darkness is a comment", "")));
    }

    @Test
    void windowsRegistryAnswer() {
        assertTrue(SystemTheme.windowsDark("\r\nHKEY_CURRENT_USER\\...\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n"));
        assertFalse(SystemTheme.windowsDark("    AppsUseLightTheme    REG_DWORD    0x1\r\n"));
    }

    @Test
    void theGtkThemeVariableDecidesFirst() {
        Path nowhere = Path.of("/nonexistent-home");
        assertTrue(SystemTheme.linuxDark("Adwaita:dark", nowhere));
        assertFalse(SystemTheme.linuxDark("Adwaita", nowhere));
    }
}
