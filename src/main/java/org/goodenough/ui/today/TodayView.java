package org.goodenough.ui.today;

import java.util.List;
import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Exposure;
import org.goodenough.ui.common.Buttons;
import org.goodenough.ui.common.FirstFrame;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;

/**
 * The Today panel above the lists: each plan for today, or from before and still waiting,
 * with its mistake (a click opens it), a quiet line saying when, and "I did it" and "Not now".
 * Hidden while nothing waits or the person turned it off; never taller than {@code room}, so
 * the lists below keep their place.
 */
public final class TodayView extends VBox {

    /**
     * Plans built for the window's first frame. The panel shows two or three at a time (five
     * only in a window some 1,600 pixels tall), so the rest, up to {@link TodayViewModel#SHOWN},
     * join just after it, below the fold, and the window has fewer nodes to style and lay out
     * before it first appears.
     */
    public static final int AT_FIRST = 5;

    private final TodayViewModel model;
    private final VBox plans = new VBox();
    private final ScrollPane scroll = new ScrollPane(plans);
    /** Whether only the first plans are built, the rest still to join. */
    private boolean partly;

    public TodayView(TodayViewModel model, ObservableDoubleValue room) {
        this.model = model;
        Label title = new Label(Texts.get("today.title"));
        title.getStyleClass().add("today-title");
        Label note = new Label(Texts.get("today.note"));
        note.getStyleClass().add("cell-line");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        plans.getStyleClass().add("today-plans");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("today-scroll");
        scroll.maxHeightProperty().bind(room);
        getChildren().addAll(title, note, scroll,
                Messages.bound(model.messageProperty(), "form-message"));
        getStyleClass().add("today");
        setId("today");
        setAccessibleText(Texts.get("today.title"));
        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(visibleProperty());
        model.waiting().addListener((ListChangeListener<Exposure>) change -> fill());
        List<Exposure> waiting = model.waiting();
        if (waiting.size() > AT_FIRST) {
            plans.getChildren().setAll(waiting.subList(0, AT_FIRST).stream().map(this::entry).toList());
            partly = true;
            // As tall as it may be from the start, as it will be with all of them, so the
            // lists below stay where they are when the rest join.
            scroll.prefViewportHeightProperty().bind(room);
            FirstFrame.after(this, this::fillRest);
        } else {
            scroll.prefViewportHeightProperty().bind(plans.heightProperty());
            fill();
        }
    }

    private void fill() {
        boolean pinned = partly;
        partly = false;
        plans.getChildren().setAll(model.waiting().stream().map(this::entry).toList());
        if (pinned) {
            fitToPlans();
        }
    }

    /** The plans after the first ones, unless the panel has been filled anew since. */
    private void fillRest() {
        if (partly) {
            partly = false;
            List<Exposure> waiting = model.waiting();
            plans.getChildren().addAll(waiting.subList(plans.getChildren().size(), waiting.size())
                    .stream().map(this::entry).toList());
            fitToPlans();
        }
    }

    /**
     * As tall as the plans are once wrapped to the panel's width, yet never taller than room.
     * In a window, only from the next pulse on: until that pulse has laid out the plans just
     * added, their height is that of the ones before, and the panel would shrink for a frame.
     */
    private void fitToPlans() {
        Runnable fit = () -> scroll.prefViewportHeightProperty().bind(plans.heightProperty());
        if (getScene() == null) {
            fit.run();
        } else {
            FirstFrame.afterNextPulse(getScene(), fit);
        }
    }

    private VBox entry(Exposure plan) {
        Hyperlink mistake = new Hyperlink(Wording.shortened(plan.plan().mistake(), 120));
        mistake.getStyleClass().add("today-mistake");
        mistake.setWrapText(true);
        mistake.setOnAction(event -> model.open(plan));
        Label when = new Label(model.when(plan));
        when.getStyleClass().add("cell-line");
        when.setWrapText(true);
        when.setMinHeight(Region.USE_PREF_SIZE);
        Button didIt = Buttons.of(Texts.get("today.didIt"), null, () -> model.didIt(plan));
        didIt.getStyleClass().add("today-did-it");
        Button notNow = Buttons.of(Texts.get("today.notNow"), null, () -> model.notNow(plan));
        notNow.getStyleClass().add("today-not-now");
        String mistakeText = Wording.shortened(plan.plan().mistake(), 200);
        didIt.setAccessibleText(Texts.format("today.didItFor", mistakeText));
        notNow.setAccessibleText(Texts.format("today.notNowFor", mistakeText));
        HBox actions = new HBox(didIt, notNow);
        actions.getStyleClass().add("button-row");
        VBox entry = new VBox(mistake, when, actions);
        entry.getStyleClass().add("today-entry");
        return entry;
    }
}
