package org.goodenough.ui.language;

import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.goodenough.planner.AppPreferences.LanguageChoice;
import org.goodenough.ui.common.Texts;

/** The toolbar's language menu: as the system is set, English, or German. */
public final class LanguageMenu {

    private LanguageMenu() {
    }

    public static MenuButton of(LanguageViewModel language) {
        MenuButton menu = new MenuButton(Texts.get("language.menu"));
        menu.setId("language");
        menu.setAccessibleHelp(Texts.get("language.help"));
        ToggleGroup group = new ToggleGroup();
        for (LanguageChoice each : LanguageChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(Texts.get("language." + each.name()));
            item.setId("language" + each.name());
            item.setToggleGroup(group);
            item.setSelected(each == language.choiceProperty().get());
            item.setOnAction(event -> language.choose(each));
            language.choiceProperty().addListener((observable, old, now) ->
                    item.setSelected(now == each));
            menu.getItems().add(item);
        }
        return menu;
    }
}
