package org.goodenough.ui.ladder;

import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Ladder;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;

/**
 * One ladder in the list: its name, which looks like a link, and the belief it tests with how
 * strongly it is held. A click anywhere on the row opens the ladder; the list takes the keys.
 */
final class LadderCell extends ListCell<Ladder> {

    private final Label name = new Label();
    private final Label belief = new Label();
    private final VBox box = new VBox(name, belief);

    LadderCell(Consumer<Ladder> open) {
        name.getStyleClass().add("ladder-name");
        name.setWrapText(true);
        belief.getStyleClass().add("cell-line");
        belief.setWrapText(true);
        box.getStyleClass().add("ladder-row");
        // Wrap within the list's width, not the text's.
        box.setMinWidth(0);
        box.setPrefWidth(0);
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
                open.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(Ladder ladder, boolean empty) {
        super.updateItem(ladder, empty);
        if (empty || ladder == null) {
            setGraphic(null);
            setAccessibleText(null);
            setCursor(Cursor.DEFAULT);
            return;
        }
        setCursor(Cursor.HAND);
        name.setText(Wording.shortened(ladder.name(), 100));
        String held = beliefOf(ladder);
        belief.setText(held);
        belief.setVisible(!held.isEmpty());
        belief.setManaged(!held.isEmpty());
        setGraphic(box);
        setAccessibleText(held.isEmpty() ? ladder.name() : ladder.name() + ". " + held);
    }

    /** The belief the ladder tests, with how strongly it is held; empty when there is none. */
    static String beliefOf(Ladder ladder) {
        if (ladder.belief() == null) {
            return "";
        }
        return Wording.shortened(ladder.belief(), 240) + (ladder.beliefStrength() == null ? ""
                : Texts.format("ladder.held", Wording.percent(ladder.beliefStrength())));
    }
}
