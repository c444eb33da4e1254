package org.goodenough.ui.journal;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.goodenough.ui.common.Buttons;
import org.goodenough.ui.common.Confirmation;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.today.TodayViewModel;

/**
 * The calm notices above the journal's page: the demo, a draft to go on with, a journal file
 * that went away, and a reminder the system did not show. Each shows only while it applies.
 */
final class JournalBanners {

    private JournalBanners() {
    }

    /**
     * Says plainly, on every page, that this is the demo: made-up entries, nothing kept, and
     * the person's own journal closed. Reset and leaving each ask first.
     */
    static VBox demo(Node owner, JournalViewModel model) {
        Label title = new Label(Texts.get("journal.demoJournal"));
        title.getStyleClass().add("demo-title");
        Label text = new Label(Texts.get("journal.theseEntriesBelongRobin"));
        text.setId("demoNote");
        text.setWrapText(true);
        Button reset = Buttons.of(Texts.get("journal.resetDemo"), "resetDemo", () -> {
            if (Confirmation.toRemove(owner, Texts.get("journal.resetDemo"),
                    Texts.get("journal.startDemoAgain"),
                    Texts.get("journal.wasAddedChangedDemo"), Texts.get("journal.resetDemo"))) {
                model.openDemo();
            }
        });
        Button leave = Buttons.of(Texts.get("journal.leaveDemo"), "leaveDemo", () -> {
            if (Confirmation.toGoOn(owner, Texts.get("journal.leaveDemo"),
                    Texts.get("journal.openOwnJournal"),
                    Texts.get("journal.ownEntriesWillShow"), Texts.get("journal.openJournal"),
                            Texts.get("journal.stayDemo"))) {
                model.leaveDemo();
            }
        });
        Button guide = Buttons.of(Texts.get("journal.walkThroughOneExposure"), "demoGuide",
                model::showGuide);
        HBox row = new HBox(guide, reset, leave);
        row.getStyleClass().add("button-row");
        VBox banner = new VBox(title, text, row);
        banner.getStyleClass().addAll("banner", "demo-banner");
        banner.setId("demoBanner");
        return banner;
    }

    /** Text written earlier and never saved: go on writing it, or let it go in one click. */
    static VBox draft(JournalViewModel model) {
        Label text = new Label();
        text.setId("draftOffer");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(
                () -> DraftWording.offer(model.draftOfferProperty().get()), model.draftOfferProperty()));
        Button resume = Buttons.primary(Texts.get("journal.goWriting"), "resumeDraft", model::resumeDraft);
        Button discard = Buttons.of(Texts.get("journal.discardDraft"), "discardDraft", model::discardDraft);
        return banner(text, model.draftOfferProperty().isNotNull(), resume, discard);
    }

    /** The journal file went away while open: put it back, or open what is there now. */
    static VBox moved(JournalViewModel model) {
        Label text = new Label();
        text.setId("journalMoved");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> model.movedProperty().get() == null
                ? "" : Failures.describe(model.movedProperty().get()), model.movedProperty()));
        Button recover = Buttons.primary("", "recoverJournal", model::recoverJournal);
        recover.textProperty().bind(Bindings.createStringBinding(() ->
                model.movedProperty().get() != null && !model.movedProperty().get().gone()
                        ? Texts.get("journal.openAgain") : Texts.get("journal.putJournalBack"),
                                model.movedProperty()));
        return banner(text, model.movedProperty().isNotNull(), recover);
    }

    /** A reminder the system did not show: shown here, calmly, to open or to let go. */
    static VBox reminder(JournalViewModel model) {
        TodayViewModel today = model.today();
        Label text = new Label();
        text.setId("reminderNotice");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> today.reminderProperty().get()
                == null ? "" : TodayViewModel.reminderText(today.reminderProperty().get()),
                today.reminderProperty()));
        Button open = Buttons.primary(Texts.get("today.openReminder"), "openReminder",
                today::openReminder);
        Button later = Buttons.of(Texts.get("today.dismissReminder"), "dismissReminder",
                today::dismissReminder);
        return banner(text, today.reminderProperty().isNotNull(), open, later);
    }

    private static VBox banner(Label text, BooleanBinding shown,
            Button... buttons) {
        HBox row = new HBox(buttons);
        row.getStyleClass().add("button-row");
        VBox banner = new VBox(text, row);
        banner.getStyleClass().add("banner");
        banner.visibleProperty().bind(shown);
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
