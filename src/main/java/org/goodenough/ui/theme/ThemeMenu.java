package org.goodenough.ui.theme;

import java.util.Locale;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.goodenough.planner.AppPreferences.ThemeChoice;
import org.goodenough.ui.common.Outliving;
import org.goodenough.ui.common.Texts;
import org.kordamp.ikonli.feather.Feather;

/** The toolbar's Appearance menu: as the system, light, or dark; the choice applies at once. */
public final class ThemeMenu {

    private ThemeMenu() {
    }

    public static MenuButton of(ThemeViewModel theme) {
        MenuButton menu = new MenuButton(Texts.get("theme.menu"));
        menu.setId("appearance");
        menu.setGraphic(Icons.of(Feather.SUN));
        menu.setAccessibleHelp(Texts.get("theme.menu.help"));
        ToggleGroup group = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            String name = choice.name().charAt(0) + choice.name().substring(1).toLowerCase(Locale.ROOT);
            RadioMenuItem item = new RadioMenuItem(Texts.get("theme." + choice.name().toLowerCase(Locale.ROOT)));
            item.setId("theme" + name);
            item.setToggleGroup(group);
            item.setSelected(theme.choiceProperty().get() == choice);
            Outliving.listen(item, theme.choiceProperty(),
                    (observable, old, now) -> item.setSelected(now == choice));
            item.setOnAction(event -> theme.choose(choice));
            menu.getItems().add(item);
        }
        Outliving.listen(menu, theme.dark(), (observable, was, dark) ->
                menu.setGraphic(Icons.of(dark ? Feather.MOON : Feather.SUN)));
        menu.setGraphic(Icons.of(theme.dark().get() ? Feather.MOON : Feather.SUN));
        return menu;
    }
}
