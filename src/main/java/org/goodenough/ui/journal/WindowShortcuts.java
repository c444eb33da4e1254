package org.goodenough.ui.journal;

import static org.goodenough.ui.common.Shortcut.ctrl;
import static org.goodenough.ui.common.Shortcut.ctrlShift;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.goodenough.domain.JournalSection;
import org.goodenough.ui.common.Shortcut;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.zoom.SceneZoom;

/**
 * The main window's keyboard shortcuts, in the order the shortcuts panel lists them: the one
 * table the window installs and the panel is made from.
 */
final class WindowShortcuts {

    static final KeyCombination ABOUT = new KeyCodeCombination(KeyCode.F1);
    static final KeyCombination SHORTCUTS = ctrl(KeyCode.SLASH);

    private WindowShortcuts() {
    }

    static List<Shortcut> of(JournalView view, JournalViewModel model) {
        List<Shortcut> table = new ArrayList<>();
        table.add(new Shortcut(ctrl(KeyCode.N), text("newPlan"), model::newPlan));
        table.add(new Shortcut(ctrl(KeyCode.D), text("didIt"), view::didIt));
        table.add(new Shortcut(ctrl(KeyCode.F), text("search"), model::showSearch));
        table.add(new Shortcut(ctrl(KeyCode.I), text("ideas"), () -> model.showLibrary(null)));
        table.add(new Shortcut(ctrl(KeyCode.L), text("ladders"), model::showLadders));
        table.add(new Shortcut(ctrlShift(KeyCode.I), text("insights"), model::showInsights));
        table.add(new Shortcut(ctrlShift(KeyCode.L), text("learned"), model::showLearned));
        table.add(new Shortcut(ctrl(KeyCode.E), text("data"), model::showData));
        table.add(new Shortcut(ctrl(KeyCode.G), text("guide"), model::showGuide));
        table.add(new Shortcut(ctrl(KeyCode.P), text("worksheet"), view::printWorksheet));
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3};
        for (JournalSection section : JournalSection.values()) {
            table.add(new Shortcut(ctrl(digits[section.ordinal()]),
                    text("section." + section.name().toLowerCase(Locale.ROOT)),
                    () -> view.showSection(section)));
        }
        table.add(new Shortcut(new KeyCodeCombination(KeyCode.F6), text("switchPane"),
                view::switchPane));
        table.add(Shortcut.listed(Shortcut.SAVE, text("save")));
        table.add(Shortcut.listed(Shortcut.LEAVE, text("leave")));
        table.add(new Shortcut(ctrl(KeyCode.W), text("close"), view::closeWindow));
        table.add(Shortcut.listed(SceneZoom.ZOOM_IN, text("zoomIn")));
        table.add(Shortcut.listed(SceneZoom.ZOOM_OUT, text("zoomOut")));
        table.add(Shortcut.listed(SceneZoom.ACTUAL_SIZE, text("actualSize")));
        if (model.hasSettings()) {
            table.add(new Shortcut(JournalView.SETTINGS, text("settings"), model::showSettings));
        }
        table.add(new Shortcut(ABOUT, text("about"), view::aboutExercise));
        table.add(new Shortcut(SHORTCUTS, text("shortcuts"), view::showShortcuts));
        table.add(new Shortcut(new KeyCodeCombination(KeyCode.F1, KeyCombination.SHIFT_DOWN),
                text("shortcuts"), view::showShortcuts));
        return List.copyOf(table);
    }

    private static String text(String name) {
        return Texts.get("keyboard." + name);
    }
}
