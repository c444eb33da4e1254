package org.goodenough.ui.theme;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.JournalSection;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Small line icons from the Feather set, drawn from a font: they take the text's colour from
 * the theme and grow with the zoom (their size is in em, in app.css).
 */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(Ikon icon) {
        FontIcon font = new FontIcon(icon);
        font.getStyleClass().add("icon");
        return font;
    }

    /** Puts {@code icon} before the text of {@code labeled}. */
    public static <T extends Labeled> T on(T labeled, Ikon icon) {
        labeled.setGraphic(of(icon));
        return labeled;
    }

    /**
     * Gives the main window's toolbar its icons, each found by the button's id, so the toolbar
     * itself stays a list of actions.
     */
    public static void onToolbar(Parent toolbar) {
        put(toolbar, "#newPlan", Feather.PLUS);
        put(toolbar, "#showLibrary", Feather.BOOK_OPEN);
        put(toolbar, "#showLadders", Feather.TRENDING_UP);
        put(toolbar, "#showInsights", Feather.BAR_CHART_2);
        put(toolbar, "#showLearned", Feather.BOOKMARK);
        put(toolbar, "#showSearch", Feather.SEARCH);
        put(toolbar, "#showData", Feather.HARD_DRIVE);
        put(toolbar, "#help", Feather.HELP_CIRCLE);
        put(toolbar, "#zoom", Feather.ZOOM_IN);
    }

    private static void put(Parent toolbar, String id, Ikon icon) {
        Node found = toolbar.lookup(id);
        if (found instanceof Labeled labeled) {
            on(labeled, icon);
        }
    }

    /** The icon of a tab of the journal's lists. */
    public static Ikon section(JournalSection section) {
        return switch (section) {
            case UPCOMING -> Feather.CALENDAR;
            case DONE -> Feather.CHECK_CIRCLE;
            case NOT_NOW -> Feather.COFFEE;
        };
    }

    /** The icon beside an exposure in a list: planned, done, not now, or let go. */
    public static Ikon status(ExposureStatus status) {
        return switch (status) {
            case PLANNED -> Feather.CALENDAR;
            case DONE -> Feather.CHECK_CIRCLE;
            case NOT_NOW -> Feather.COFFEE;
            case LET_GO -> Feather.FEATHER;
        };
    }
}
