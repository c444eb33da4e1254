package org.goodenough.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;

/**
 * Listening to the app's own settings (zoom, theme, language and the rest), which outlive any
 * one journal's window. A plain listener would hold the window after another journal took its
 * place (a demo reset, a backup put back); these last only as long as the control they serve.
 */
public final class Outliving {

    private static final Object KEPT = new Object();

    private Outliving() {
    }

    /** Calls {@code listener} on each change of {@code setting} for as long as {@code owner} lives. */
    public static <T> void listen(Node owner, ObservableValue<T> setting,
            ChangeListener<T> listener) {
        listen(owner.getProperties(), setting, listener);
    }

    /** The same for an entry of a menu. */
    public static <T> void listen(MenuItem owner, ObservableValue<T> setting,
            ChangeListener<T> listener) {
        listen(owner.getProperties(), setting, listener);
    }

    /** Calls {@code listener} whenever {@code setting} may have changed, while {@code owner} lives. */
    public static void listen(Node owner, Observable setting, InvalidationListener listener) {
        keep(owner.getProperties(), listener);
        setting.addListener(new WeakInvalidationListener(listener));
    }

    private static <T> void listen(ObservableMap<Object, Object> keeper, ObservableValue<T> setting,
            ChangeListener<T> listener) {
        keep(keeper, listener);
        setting.addListener(new WeakChangeListener<>(listener));
    }

    /** Ties the listener's life to the owner's: the setting itself holds it only weakly. */
    @SuppressWarnings("unchecked")
    private static void keep(ObservableMap<Object, Object> keeper, Object listener) {
        ((List<Object>) keeper.computeIfAbsent(KEPT, key -> new ArrayList<>())).add(listener);
    }
}
