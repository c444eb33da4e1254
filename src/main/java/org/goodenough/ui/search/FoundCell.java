package org.goodenough.ui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.goodenough.planner.MarkedText;
import org.goodenough.planner.SearchResults;
import org.goodenough.ui.common.Wording;

/** One exposure found: its mistake and the text that matched, with the matching words in bold. */
final class FoundCell extends ListCell<SearchResults.Found> {

    private final TextFlow mistake = new TextFlow();
    private final TextFlow snippet = new TextFlow();
    private final Label line = new Label();
    private final VBox box = new VBox(mistake, snippet, line);

    FoundCell() {
        mistake.getStyleClass().add("found-mistake");
        snippet.getStyleClass().add("found-snippet");
        line.getStyleClass().add("cell-line");
        box.getStyleClass().add("exposure-cell");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SearchResults.Found found, boolean empty) {
        super.updateItem(found, empty);
        if (empty || found == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        mistake.getChildren().setAll(texts(found.mistake(), "cell-title"));
        boolean matchedElsewhere = found.snippet() != null;
        if (matchedElsewhere) {
            Text where = new Text(found.where() + ": ");
            where.getStyleClass().add("search-where");
            List<Text> parts = new ArrayList<>(List.of(where));
            parts.addAll(texts(found.snippet(), "found-text"));
            snippet.getChildren().setAll(parts);
        }
        snippet.setVisible(matchedElsewhere);
        snippet.setManaged(matchedElsewhere);
        line.setText(Wording.listLine(found.exposure()));
        setAccessibleText(found.mistake().plain() + (matchedElsewhere
                ? ". " + found.where() + ": " + found.snippet().plain() : "") + ". " + line.getText());
        setGraphic(box);
    }

    /** The parts of a marked text, the matching words set apart. */
    private static List<Text> texts(MarkedText text, String styleClass) {
        List<Text> texts = new ArrayList<>();
        for (MarkedText.Part part : text.parts()) {
            Text node = new Text(part.text().replace('\n', ' '));
            node.getStyleClass().addAll(styleClass, part.marked() ? "search-match" : "search-plain");
            texts.add(node);
        }
        return texts;
    }
}
