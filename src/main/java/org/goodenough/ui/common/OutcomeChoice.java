package org.goodenough.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.goodenough.domain.Outcome;

/**
 * Did what you feared happen? No / Partly / Yes, bound both ways to {@code outcome}; none
 * chosen means skipped. Each button keeps its own name for screen readers.
 */
public final class OutcomeChoice extends HBox {

    public OutcomeChoice(ObjectProperty<Outcome> outcome) {
        ToggleGroup group = new ToggleGroup();
        getStyleClass().add("inline-fields");
        for (Outcome each : Outcome.values()) {
            RadioButton button = new RadioButton(Words.of(each));
            button.setId("outcome" + each.label());
            button.setUserData(each);
            button.setToggleGroup(group);
            button.setAccessibleText(Texts.format("common.didFearedHappen", Words.of(each)));
            getChildren().add(button);
        }
        group.selectToggle(toggleFor(group, outcome.get()));
        group.selectedToggleProperty().addListener((observable, old, selected) ->
                outcome.set(selected == null ? null : (Outcome) selected.getUserData()));
        outcome.addListener((observable, old, now) -> group.selectToggle(toggleFor(group, now)));
    }

    /** The first button, which the field's label names. */
    public RadioButton first() {
        return (RadioButton) getChildren().get(0);
    }

    private static Toggle toggleFor(ToggleGroup group, Outcome outcome) {
        return group.getToggles().stream().filter(t -> t.getUserData() == outcome).findFirst()
                .orElse(null);
    }
}
