package org.goodenough.ui.insights;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Category;
import org.goodenough.domain.RepeatedSeries;
import org.goodenough.planner.InsightPeriod;
import org.goodenough.planner.InsightsReport;
import org.goodenough.planner.RepeatsFigure;
import org.goodenough.ui.common.Inputs;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;
import org.goodenough.ui.common.Words;

/** The person's own figures, a chart and a plain sentence each, for the period they choose. */
public final class InsightsView extends ScrollPane {

    private final VBox calibration = section(Texts.get("insights.didFearedHappen"), "calibrationCaption");
    private final VBox distress = section(Texts.get("insights.expectedActualDistress"), "distressCaption");
    private final VBox likelihood = section(Texts.get("insights.howLikelySeemedBefore"),
            "likelihoodCaption");
    private final VBox repeats = section(Texts.get("insights.acrossRepeats"), "repeatsCaption");
    private final VBox areas = section(Texts.get("insights.whereHavePractised"), "areasCaption");
    private final InsightsViewModel model;
    private final ComboBox<RepeatedSeries> seriesChoice;

    public InsightsView(InsightsViewModel model) {
        this.model = model;
        Label heading = new Label(Texts.get("insights.insights"));
        heading.getStyleClass().add("form-heading");
        Label note = new Label(Texts.get("insights.ownRecordsShowPoint"));
        note.getStyleClass().add("form-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);

        Label periodProblem = Messages.bound(model.periodProblemProperty(), "field-problem");
        periodProblem.setId("periodProblem");
        Label empty = new Label();
        empty.setId("insightsEmpty");
        empty.getStyleClass().add("form-note");
        empty.setWrapText(true);
        BooleanBinding nothing = Bindings.createBooleanBinding(() ->
                model.reportProperty().get() != null && model.reportProperty().get().done() == 0,
                model.reportProperty());
        empty.textProperty().bind(Bindings.when(model.periodProperty().isEqualTo(InsightPeriod.ALL_TIME)
                        .and(model.ladderProperty().isNull()).and(model.categoryProperty().isNull()))
                .then(Texts.get("insights.nothingShowYetThere"))
                .otherwise(Texts.get("insights.nothingWasDoneChose")));
        showIf(empty, nothing);

        VBox figures = new VBox(calibration, distress, likelihood, repeats, areas);
        figures.getStyleClass().add("insight-figures");
        showIf(figures, Bindings.createBooleanBinding(() -> model.reportProperty().get() != null
                && model.reportProperty().get().done() > 0, model.reportProperty()));

        seriesChoice = Inputs.choice("repeatedSeries", model.repeated(),
                model.seriesProperty(), each -> Texts.format("insights.times",
                        Wording.shortened(each.mistake(), 60),
                        each.timesDone()), Texts.get("insights.chooseExposure"));
        seriesChoice.setAccessibleText(Texts.get("insights.repeatedExposureFollow"));
        repeats.getChildren().add(1, seriesChoice);

        model.reportProperty().addListener((observable, old, report) -> {
            if (report != null) {
                show(report);
            }
        });
        model.repeatsProperty().addListener((observable, old, figure) -> showRepeats(figure));

        VBox page = new VBox(heading, note, filters(model), periodProblem, empty, figures,
                Messages.bound(model.messageProperty(), "form-message"));
        page.getStyleClass().addAll("form", "insights");
        page.setId("insightsPage");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("page");
        if (model.reportProperty().get() != null) {
            show(model.reportProperty().get());
            showRepeats(model.repeatsProperty().get());
        }
    }

    private static FlowPane filters(InsightsViewModel model) {
        ComboBox<InsightPeriod> period = Inputs.oneOf("insightPeriod", InsightPeriod.values(),
                model.periodProperty(), Words::of);
        period.setAccessibleText(Texts.get("insights.period"));
        DatePicker from = Inputs.day("insightFrom", model.fromProperty(), Texts.get("insights.firstDay"));
        DatePicker to = Inputs.day("insightTo", model.toProperty(), Texts.get("insights.lastDay"));
        BooleanBinding between = model.periodProperty().isEqualTo(InsightPeriod.BETWEEN);
        showIf(from, between);
        showIf(to, between);
        var ladder = Inputs.choice("insightLadder", model.ladders(), model.ladderProperty(),
                each -> Wording.shortened(each.name(), 40), Texts.get("insights.allLadders"));
        ladder.setAccessibleText(Texts.get("insights.ladder"));
        var category = Inputs.choice("insightCategory", Category.class, model.categoryProperty(),
                Words::of, Texts.get("insights.allAreas"));
        category.setAccessibleText(Texts.get("insights.area"));
        FlowPane filters = new FlowPane(period, from, to, ladder, category);
        filters.getStyleClass().add("button-row");
        filters.setAlignment(Pos.CENTER_LEFT);
        return filters;
    }

    private void show(InsightsReport report) {
        fill(calibration, report.calibration().caption(), report.calibration().overTime().isEmpty()
                ? null : Charts.calibration(report.calibration()));
        if (!report.calibration().overTime().isEmpty()) {
            calibration.getChildren().add(Charts.runningShare(report.calibration()));
        }
        fill(distress, report.distress().caption(), report.distress().points().isEmpty() ? null
                : Charts.pairs(report.distress(), Texts.get("insights.expectedDistress"),
                        Texts.get("insights.peakDistress"),
                        Texts.get("insights.distress0100")));
        fill(likelihood, report.likelihood().caption(), report.likelihood().points().isEmpty()
                ? null : Charts.pairs(report.likelihood(), Texts.get("insights.likelihoodBefore"),
                        Texts.get("insights.likelihoodAfter"),
                        Texts.get("insights.likelihood")));
        fill(areas, report.areas().caption(), Charts.areas(report.areas().counts(),
                report.areas().caption()));
        seriesChoice.setVisible(!report.repeated().isEmpty());
        seriesChoice.setManaged(!report.repeated().isEmpty());
        if (report.repeated().isEmpty()) {
            showRepeats(null);
        }
    }

    private void showRepeats(RepeatsFigure figure) {
        if (figure == null) {
            fill(repeats, model.repeated().isEmpty()
                    ? Texts.get("insights.whenDoExposureAgain")
                    : Texts.get("insights.chooseExposureDidMore"), null);
        } else {
            fill(repeats, figure.caption(), Charts.repeats(figure));
        }
    }

    /** A heading, then (added later) the caption and the chart. */
    private static VBox section(String title, String captionId) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-heading");
        Label caption = new Label();
        caption.setId(captionId);
        caption.getStyleClass().add("insight-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        VBox section = new VBox(heading, caption);
        section.getStyleClass().add("insight");
        return section;
    }

    /** Sets a section's caption and puts its chart (or none) after it. */
    private static void fill(VBox section, String caption, Node chart) {
        Label label = (Label) section.lookup(".insight-caption");
        label.setText(caption);
        int after = section.getChildren().indexOf(label) + 1;
        section.getChildren().remove(after, section.getChildren().size());
        if (chart != null) {
            section.getChildren().add(chart);
        }
    }

    private static void showIf(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
