package org.goodenough.ui.journal;

import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.JournalSection;
import org.goodenough.ui.common.Outliving;
import org.goodenough.ui.common.Shortcut;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;
import org.goodenough.ui.common.Words;
import org.goodenough.ui.theme.Icons;
import org.goodenough.ui.zoom.SceneZoom;
import org.goodenough.ui.zoom.ZoomViewModel;

/**
 * The journal's three lists, Upcoming, Done and Not now, a tab each: each shows a page of its
 * exposures with a button for more, and its selection follows the exposure chosen anywhere in
 * the window without choosing it again.
 */
final class JournalLists extends TabPane {

    /** The zoom from which the tabs show their words without icons. */
    private static final double LARGEST_ZOOMS = 1.75;

    private final JournalViewModel model;
    private final ZoomViewModel zoom;
    private final ReadOnlyDoubleProperty windowWidth;
    private final Map<JournalSection, ListView<Exposure>> lists = new EnumMap<>(JournalSection.class);
    /** Whether the tabs with their icons fit in the widest the lists may be. */
    private final BooleanProperty roomForIcons = new SimpleBooleanProperty(true);
    private boolean syncing;

    /** The lists of {@code model}, as wide as suits a window {@code windowWidth} wide. */
    JournalLists(JournalViewModel model, ZoomViewModel zoom, ReadOnlyDoubleProperty windowWidth) {
        this.model = model;
        this.zoom = zoom;
        this.windowWidth = windowWidth;
        for (JournalSection section : JournalSection.values()) {
            ListView<Exposure> list = new ListView<>(model.list(section));
            lists.put(section, list);
            list.setId("list" + section.name());
            list.setCellFactory(view -> new ExposureCell());
            list.setAccessibleText(Words.of(section));
            list.setAccessibleHelp(Texts.get("accessibility.list.help"));
            list.setPlaceholder(placeholder(section));
            list.getSelectionModel().selectedItemProperty().addListener((observable, old, chosen) -> {
                if (chosen != null && !syncing) {
                    model.choose(chosen);
                }
            });
            model.list(section).addListener((ListChangeListener<Exposure>) change -> selectChosen());
            VBox.setVgrow(list, Priority.ALWAYS);
            Tab tab = new Tab(Words.of(section));
            tab.setId("tab" + section.name());
            tab.setClosable(false);
            // At the largest zooms, and in a narrow window, the tabs keep their words and let
            // their icons go: the list column cannot grow past 45 % of the window.
            tab.graphicProperty().bind(Bindings.when(zoom.scale().lessThan(LARGEST_ZOOMS)
                            .and(roomForIcons))
                    .then((Node) Icons.of(Icons.section(section))).otherwise((Node) null));
            tab.setUserData(section);
            getTabs().add(tab);
            TabPages.showSoon(this, tab, new VBox(list, moreBar(section)));
        }
        getSelectionModel().selectedItemProperty().addListener((observable, old, tab) ->
                model.sectionProperty().set((JournalSection) tab.getUserData()));
        model.sectionProperty().addListener((observable, old, section) ->
                getSelectionModel().select(section.ordinal()));
        getStyleClass().add("sections");
        setAccessibleText(Texts.get("accessibility.sections"));
        setAccessibleHelp(Texts.format("accessibility.sections.help",
                Shortcut.ctrl(KeyCode.DIGIT1).getDisplayText(),
                Shortcut.ctrl(KeyCode.DIGIT2).getDisplayText(),
                Shortcut.ctrl(KeyCode.DIGIT3).getDisplayText()));
        windowWidth.addListener(observable -> requestLayout());
        Outliving.listen(this, zoom.scale(), observable -> requestLayout());
        // Tabs that gained or lost their icons are measured again once styled, in the next
        // pulse: the window does not lay the lists out again on its own.
        roomForIcons.addListener(observable -> Platform.runLater(this::requestLayout));
    }

    /**
     * About a third of the window at the usual size, between 220 and 380, all growing with the
     * zoom, and never narrower than the three tabs need, yet never more than 45 % of the window,
     * so the page beside the lists keeps room.
     */
    @Override
    protected double computePrefWidth(double height) {
        double scale = zoom.scale().get();
        double third = Math.min(380 * scale, windowWidth.get() * scale * 0.32);
        return Math.min(widest(), Math.max(computeMinWidth(height), third));
    }

    /**
     * As wide as the three tabs need, and at least 220 at the usual size, yet no more than 45 %
     * of the window. The window asks before it lays the lists out, so the tabs let their icons
     * go first if they need to.
     */
    @Override
    protected double computeMinWidth(double height) {
        fitIcons();
        return Math.min(widest(), Math.max(220 * zoom.scale().get(), tabsWidth()));
    }

    private double widest() {
        return windowWidth.get() * 0.45;
    }

    /** Shows the tabs' icons only while the tabs with them fit in the widest the lists may be. */
    private void fitIcons() {
        Region row = tabRow();
        if (row == null || !(row.lookup(".tab-label") instanceof Labeled label)) {
            return;
        }
        double withIcons = tabsWidth();
        if (label.getGraphic() == null) {
            withIcons += getTabs().size() * (SceneZoom.iconSize(label.getFont().getSize())
                    + label.getGraphicTextGap() + 1);
        }
        roomForIcons.set(withIcons <= widest());
    }

    /**
     * How wide the lists must be for all their tabs to show, once they are drawn. JavaFX hides
     * its menu of tabs that do not fit only with a pixel to spare beyond the room the menu
     * takes itself, so that room counts while the menu shows.
     */
    private double tabsWidth() {
        Region row = tabRow();
        if (row == null) {
            return 0;
        }
        // A menu that has gone still reports the room it took until asked again.
        if (row.lookup(".control-buttons-tab") instanceof Region menu && !menu.isVisible()
                && menu.prefWidth(-1) > 0 && menu.lookup(".container") instanceof Parent arrow) {
            arrow.requestLayout();
        }
        return row.prefWidth(-1) + snappedLeftInset() + snappedRightInset() + 1;
    }

    /**
     * The row of tabs once the skin has drawn it, found among the skin's own children: a
     * lookup from the lists would walk every list's cells first, at each layout.
     */
    private Region tabRow() {
        for (Node child : getChildrenUnmodifiable()) {
            if (child instanceof Region row && row.getStyleClass().contains("tab-header-area")) {
                return row;
            }
        }
        return null;
    }

    /** Puts the keyboard in the list of {@code section}. */
    void focus(JournalSection section) {
        lists.get(section).requestFocus();
    }

    /** Keeps the lists' selection on the chosen exposure without choosing it again. */
    void selectChosen() {
        syncing = true;
        try {
            Long id = model.chosenIdProperty().get();
            for (ListView<Exposure> list : lists.values()) {
                int index = -1;
                for (int i = 0; id != null && i < list.getItems().size(); i++) {
                    if (list.getItems().get(i).id() == id) {
                        index = i;
                        break;
                    }
                }
                if (index >= 0) {
                    list.getSelectionModel().select(index);
                    list.scrollTo(index);
                } else {
                    list.getSelectionModel().clearSelection();
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** "Showing 200 of 812" with a button for more, only when some are not shown. */
    private HBox moreBar(JournalSection section) {
        Label count = new Label();
        count.getStyleClass().add("cell-line");
        count.textProperty().bind(Bindings.createStringBinding(() -> Texts.format(
                "journal.showing", Wording.count(model.list(section).size()),
                Wording.count(model.totalProperty(section).get())),
                model.list(section), model.totalProperty(section)));
        // In a narrow list or at a large zoom the count wraps, and the button keeps its words.
        count.setWrapText(true);
        count.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(count, Priority.ALWAYS);
        Button more = new Button(Texts.get("journal.showMore"));
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setId("more" + section.name());
        more.setOnAction(event -> model.showMore(section));
        HBox bar = new HBox(count, more);
        bar.getStyleClass().add("more-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(Bindings.size(model.list(section))
                .lessThan(model.totalProperty(section)));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private static Label placeholder(JournalSection section) {
        Label label = new Label(switch (section) {
            case UPCOMING -> Texts.get("journal.nothingPlannedYetSmall");
            case DONE -> Texts.get("journal.exposuresHaveDoneWill");
            case NOT_NOW -> Texts.get("journal.plansSetAsideRest");
        });
        label.setWrapText(true);
        label.getStyleClass().add("placeholder");
        label.setGraphic(Icons.of(Icons.section(section)));
        label.setContentDisplay(ContentDisplay.TOP);
        return label;
    }
}
