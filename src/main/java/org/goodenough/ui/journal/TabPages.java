package org.goodenough.ui.journal;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import org.goodenough.ui.common.FirstFrame;

/**
 * Tabs whose pages join the window when they are needed. A page put into a tab is styled and
 * laid out with the window even while its tab is not chosen: for the journal's lists, two
 * lists nobody sees yet took about a tenth of the window's start.
 */
final class TabPages {

    private TabPages() {
    }

    /**
     * Puts {@code page} into {@code tab} now if the tab is chosen; otherwise when it is chosen,
     * or just after {@code view}'s first frame, whichever comes first. Until then what the page
     * shows (a list's items and selection) is kept as usual, only not drawn.
     */
    static void showSoon(Node view, Tab tab, Node page) {
        if (tab.isSelected()) {
            tab.setContent(page);
            return;
        }
        ChangeListener<Boolean> chosen = (observable, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(page);
            }
        };
        tab.selectedProperty().addListener(chosen);
        FirstFrame.after(view, () -> {
            tab.selectedProperty().removeListener(chosen);
            if (tab.getContent() == null) {
                tab.setContent(page);
            }
        });
    }
}
