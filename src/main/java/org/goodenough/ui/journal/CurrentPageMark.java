package org.goodenough.ui.journal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;

/**
 * Marks the toolbar's button of the page shown ({@code :current} in app.css), so the page can
 * be told at a glance even when the buttons show their icons only in a narrow window.
 */
final class CurrentPageMark {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final Map<Button, List<Class<?>>> pages = new LinkedHashMap<>();

    /** Marks {@code button} while the page shown is one of {@code kinds}. */
    CurrentPageMark on(Button button, Class<?>... kinds) {
        pages.put(button, List.of(kinds));
        return this;
    }

    /** Marks the button of the page in {@code page} now and whenever it changes. */
    void follow(ObservableValue<?> page) {
        page.addListener((observable, old, shown) -> mark(shown));
        mark(page.getValue());
    }

    private void mark(Object shown) {
        pages.forEach((button, kinds) -> button.pseudoClassStateChanged(CURRENT,
                shown != null && kinds.contains(shown.getClass())));
    }
}
