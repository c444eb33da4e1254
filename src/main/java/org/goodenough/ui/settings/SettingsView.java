package org.goodenough.ui.settings;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.goodenough.planner.AppPreferences.LanguageChoice;
import org.goodenough.planner.AppPreferences.ThemeChoice;
import org.goodenough.ui.common.Buttons;
import org.goodenough.ui.common.Focus;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.Outliving;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.zoom.ZoomViewModel;

/**
 * The settings page beside the lists: how the window looks, reminders, and the daily copy of
 * the journal. Each choice applies at once; none belongs to a journal.
 */
public final class SettingsView extends ScrollPane {

    public SettingsView(SettingsViewModel model) {
        Label heading = new Label(Texts.get("settings.title"));
        heading.getStyleClass().add("form-heading");
        VBox page = new VBox(heading, note(Texts.get("settings.note")),
                Messages.bound(model.messageProperty(), "form-message"),
                card(Texts.get("settings.look"), zoomRow(model.zoom()),
                        choices("settingsTheme", "settings.theme", ThemeChoice.values(),
                                each -> "theme." + each.name().toLowerCase(Locale.ROOT),
                                model.theme().choiceProperty(), model.theme()::choose),
                        choices("settingsLanguage", "settings.language", LanguageChoice.values(),
                                each -> "language." + each.name(),
                                model.language().choiceProperty(), model.language()::choose),
                        note(Texts.get("settings.languageNote"))),
                card(Texts.get("settings.reminders"),
                        choice("settingsReminders", "settings.remindersChoice",
                                model.remindersProperty()),
                        choice("settingsNotifications", "settings.notificationsChoice",
                                model.notificationsProperty()),
                        note(Texts.get("settings.remindersNote"))),
                card(Texts.get("settings.backups"),
                        choice("settingsDailyBackups", "settings.dailyBackupsChoice",
                                model.dailyBackupsProperty()),
                        note(Texts.get("settings.backupsNote"))));
        page.getStyleClass().add("form");
        page.setId("settingsPage");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("page");
    }

    /** The zoom as the Zoom menu offers it: smaller, larger, the usual size, and where it is now. */
    private static FlowPane zoomRow(ZoomViewModel zoom) {
        Label size = new Label();
        size.setId("settingsZoom");
        size.textProperty().bind(Bindings.createStringBinding(() -> Texts.format("settings.zoom",
                zoom.percentProperty().get()), zoom.percentProperty()));
        Button smaller = Buttons.of(Texts.get("settings.smaller"), "settingsZoomOut", zoom::zoomOut);
        smaller.disableProperty().bind(zoom.atSmallest());
        Button larger = Buttons.of(Texts.get("settings.larger"), "settingsZoomIn", zoom::zoomIn);
        larger.disableProperty().bind(zoom.atLargest());
        Button actual = Buttons.of(Texts.get("settings.actualSize"), "settingsActualSize",
                zoom::actualSize);
        // At the smallest or largest size, the keys go to the size itself, read out to a
        // screen reader, so one more Space does not take the usual size instead.
        Focus.whenTurnedOff(smaller, size);
        Focus.whenTurnedOff(larger, size);
        FlowPane row = new FlowPane(size, smaller, larger, actual);
        row.getStyleClass().add("button-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * One choice among a few, as a row of radio buttons after its name: the row shows the
     * choice in force and follows it when the menu changes it.
     */
    private static <E extends Enum<E>> FlowPane choices(String id, String nameKey, E[] values,
            Function<E, String> keyOf, ReadOnlyObjectProperty<E> chosen, Consumer<E> choose) {
        Label name = new Label(Texts.get(nameKey));
        FlowPane row = new FlowPane(name);
        row.setId(id);
        ToggleGroup group = new ToggleGroup();
        for (E each : values) {
            RadioButton button = new RadioButton(Texts.get(keyOf.apply(each)));
            button.setId(id + each.name());
            button.setToggleGroup(group);
            button.setAccessibleHelp(Texts.get(nameKey));
            button.setSelected(each == chosen.get());
            button.setOnAction(event -> choose.accept(each));
            Outliving.listen(button, chosen, (observable, old, now) -> button.setSelected(now == each));
            row.getChildren().add(button);
        }
        row.getStyleClass().add("button-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static CheckBox choice(String id, String key, BooleanProperty on) {
        CheckBox box = new CheckBox(Texts.get(key));
        box.setId(id);
        box.setWrapText(true);
        box.selectedProperty().bindBidirectional(on);
        return box;
    }

    private static VBox card(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-heading");
        VBox card = new VBox(heading);
        card.getChildren().addAll(content);
        card.getStyleClass().addAll("data-card", "settings-card");
        return card;
    }

    private static Label note(String text) {
        Label note = new Label(text);
        note.getStyleClass().add("form-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        return note;
    }
}
