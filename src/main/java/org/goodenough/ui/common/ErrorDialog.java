package org.goodenough.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for errors nobody expected: logged once, then a calm dialog with the
 * technical details folded away.
 */
public final class ErrorDialog {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);

    private ErrorDialog() {
    }

    /** Handles an uncaught error on any thread. */
    public static void uncaught(Thread thread, Throwable error) {
        LOG.error("Unexpected error on {}", thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    private static void show(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR,
                "Something unexpected went wrong. Your saved entries are safe in the journal."
                        + " If you were writing, your text is still in the form.");
        alert.setTitle("Something went wrong");
        alert.setHeaderText("Sorry, something went wrong");
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setWrapText(false);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setExpanded(false);
        alert.show();
    }
}
