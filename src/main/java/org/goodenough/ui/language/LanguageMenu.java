package org.goodenough.ui.language;

import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.goodenough.planner.AppPreferences.LanguageChoice;
import org.goodenough.ui.common.Outliving;
import org.goodenough.ui.common.Texts;

/**
 * The language choice, as a submenu of Help: as the system is set, English, or German. Kept in
 * a menu rather than the toolbar, so the toolbar stays one row wide in English and German.
 */
public final class LanguageMenu {

    private LanguageMenu() {
    }

    public static Menu of(LanguageViewModel language) {
        Menu menu = new Menu(Texts.get("language.menu"));
        menu.setId("language");
        ToggleGroup group = new ToggleGroup();
        for (LanguageChoice each : LanguageChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(Texts.get("language." + each.name()));
            item.setId("language" + each.name());
            item.setToggleGroup(group);
            item.setSelected(each == language.choiceProperty().get());
            item.setOnAction(event -> language.choose(each));
            Outliving.listen(item, language.choiceProperty(), (observable, old, now) ->
                    item.setSelected(now == each));
            menu.getItems().add(item);
        }
        return menu;
    }
}
