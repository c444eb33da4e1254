package org.goodenough.ui.zoom;

import javafx.beans.binding.Bindings;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.goodenough.planner.ZoomSteps;
import org.goodenough.ui.common.Outliving;
import org.goodenough.ui.common.Texts;

/** The toolbar's zoom menu: larger, smaller, the usual size, or one of the sizes by name. */
public final class ZoomMenu {

    private ZoomMenu() {
    }

    public static MenuButton of(ZoomViewModel zoom) {
        MenuItem in = item(Texts.get("zoom.zoom"), "zoomIn", zoom::zoomIn);
        in.setAccelerator(SceneZoom.ZOOM_IN);
        in.disableProperty().bind(zoom.atLargest());
        MenuItem out = item(Texts.get("zoom.zoomOut"), "zoomOut", zoom::zoomOut);
        out.setAccelerator(SceneZoom.ZOOM_OUT);
        out.disableProperty().bind(zoom.atSmallest());
        MenuItem actual = item(Texts.get("zoom.actualSize"), "actualSize", zoom::actualSize);
        actual.setAccelerator(SceneZoom.ACTUAL_SIZE);

        MenuButton menu = new MenuButton("", null, in, out, actual, new SeparatorMenuItem());
        ToggleGroup sizes = new ToggleGroup();
        for (int step : ZoomSteps.STEPS) {
            RadioMenuItem size = new RadioMenuItem(Texts.format("common.percent", step));
            size.setId("zoom" + step);
            size.setToggleGroup(sizes);
            size.setSelected(step == zoom.percentProperty().get());
            Outliving.listen(size, zoom.percentProperty(), (observable, old, now) ->
                    size.setSelected(now.intValue() == step));
            size.setOnAction(event -> zoom.set(step));
            menu.getItems().add(size);
        }
        menu.setId("zoom");
        menu.textProperty().bind(Bindings.createStringBinding(
                () -> Texts.format("zoom.menu", zoom.percentProperty().get()), zoom.percentProperty()));
        menu.setAccessibleHelp(Texts.get("zoom.makeAllTextControls"));
        return menu;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }
}
