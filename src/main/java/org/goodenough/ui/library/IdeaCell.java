package org.goodenough.ui.library;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Idea;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Words;

/** One idea in the library list: its title, what kind it is, and its tip. */
final class IdeaCell extends ListCell<Idea> {

    private final Label title = new Label();
    private final Label kind = new Label();
    private final Label tip = new Label();
    private final VBox box = new VBox(title, kind, tip);

    IdeaCell() {
        title.getStyleClass().add("cell-title");
        title.setWrapText(true);
        kind.getStyleClass().add("cell-line");
        tip.getStyleClass().add("cell-line");
        tip.setWrapText(true);
        box.getStyleClass().add("exposure-cell");
        // Wrap within the list's width, not the text's.
        box.setMinWidth(0);
        box.setPrefWidth(0);
    }

    @Override
    protected void updateItem(Idea idea, boolean empty) {
        super.updateItem(idea, empty);
        if (empty || idea == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        title.setText(idea.title());
        kind.setText(kindOf(idea));
        tip.setText(idea.tip() == null ? "" : idea.tip());
        tip.setVisible(idea.tip() != null);
        tip.setManaged(idea.tip() != null);
        setGraphic(box);
        setAccessibleText(idea.title() + ". " + kindOf(idea));
    }

    static String kindOf(Idea idea) {
        List<String> parts = new ArrayList<>();
        if (idea.category() != null) {
            parts.add(Words.of(idea.category()));
        }
        if (idea.stakes() != null) {
            parts.add(Words.stakesInLine(idea.stakes()));
        }
        if (idea.own()) {
            parts.add(Texts.get("library.idea"));
        }
        if (idea.withClinician()) {
            parts.add(Texts.get("library.bestPlannedClinician"));
        }
        if (idea.hidden()) {
            parts.add("hidden");
        }
        return String.join(" · ", parts);
    }
}
