package org.goodenough.ui.journal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import org.goodenough.ui.common.Texts;

/**
 * Marks the toolbar's button of the page shown ({@code :current} in app.css), so the page can
 * be told at a glance even when the buttons show their icons only in a narrow window. A screen
 * reader hears it in the button's name: "Insights, the page shown".
 */
final class CurrentPageMark {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final Map<Button, List<Class<?>>> pages = new LinkedHashMap<>();
    private final Map<Button, BooleanProperty> current = new LinkedHashMap<>();

    /** Marks {@code button} while the page shown is one of {@code kinds}. */
    CurrentPageMark on(Button button, Class<?>... kinds) {
        pages.put(button, List.of(kinds));
        BooleanProperty shown = new SimpleBooleanProperty();
        current.put(button, shown);
        button.accessibleTextProperty().bind(Bindings.createStringBinding(() -> shown.get()
                ? Texts.format("journal.pageShown", button.getText()) : button.getText(),
                shown, button.textProperty()));
        return this;
    }

    /** Marks the button of the page in {@code page} now and whenever it changes. */
    void follow(ObservableValue<?> page) {
        page.addListener((observable, old, shown) -> mark(shown));
        mark(page.getValue());
    }

    private void mark(Object shown) {
        pages.forEach((button, kinds) -> {
            boolean marked = shown != null && kinds.contains(shown.getClass());
            button.pseudoClassStateChanged(CURRENT, marked);
            current.get(button).set(marked);
        });
    }
}
