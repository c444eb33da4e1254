package org.goodenough.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The suggestion, beside mistakes that touch eating, the body or health, to plan them with a clinician. */
public final class ClinicianNote {

    private ClinicianNote() {
    }

    /** A note shown only while {@code shown} is true. */
    public static Label bound(ObservableBooleanValue shown) {
        Label note = label();
        note.visibleProperty().bind(shown);
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    public static Label label() {
        Label note = new Label(Texts.get("common.oneTouchesEatingBody"));
        note.setId("clinicianNote");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("clinician-note");
        return note;
    }
}
