package org.goodenough.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;

/**
 * The last resort for errors nobody expected: logged once, then a calm dialog with the
 * technical details folded away.
 */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    /** Handles an uncaught error on any thread. */
    public static void uncaught(Thread thread, Throwable error) {
        Failures.uncaught(thread, error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    private static void show(Throwable error) {
        // An information dialog: a calm look, no red mark for something the person did not cause.
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                Texts.get("common.goodEnoughRanInto"));
        alert.setTitle(Texts.get("common.somethingUnexpectedHappened"));
        alert.setHeaderText(Texts.get("common.somethingUnexpectedHappened"));
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setWrapText(false);
        details.setAccessibleText(Texts.get("accessibility.errorDetails"));
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setExpanded(false);
        alert.show();
    }
}
