package org.goodenough.ui.guide;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Exposure;
import org.goodenough.ui.common.Buttons;
import org.goodenough.ui.common.Focus;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.PlanFacts;
import org.goodenough.ui.common.Scrolling;
import org.goodenough.ui.common.Texts;

/**
 * The guided walkthrough, one step per screen: where the person is, why the step matters, its
 * inputs, and the way on, back, past it or out. While looking back, the plan and prediction
 * stand beside the questions, as in the reflection.
 */
public final class GuideView extends HBox {

    private final GuideViewModel model;
    private final StepInputs inputs;
    private final Map<GuideStep, Node> built = new EnumMap<>(GuideStep.class);
    private final Map<GuideStep, Control> firsts = new EnumMap<>(GuideStep.class);
    private final StackPane stepHost = new StackPane();
    private final Label indicator = new Label();
    private final Label title = new Label();
    private final Label why = new Label();
    private final ScrollPane page;
    private final ScrollPane beside = new ScrollPane();

    public GuideView(GuideViewModel model) {
        this.model = model;
        this.inputs = new StepInputs(model);
        indicator.setId("guideStep");
        indicator.getStyleClass().add("guide-step");
        title.setId("guideTitle");
        title.getStyleClass().add("form-heading");
        title.setWrapText(true);
        why.setId("guideWhy");
        why.getStyleClass().add("form-note");
        why.setWrapText(true);
        Label message = Messages.bound(model.messageProperty(), "form-message");
        message.setId("formMessage");
        VBox column = new VBox(indicator, title, why, stepHost, message, actions());
        column.getStyleClass().addAll("form", "guide");
        page = new ScrollPane(column);
        page.setFitToWidth(true);
        page.getStyleClass().add("page");
        Scrolling.followFocus(page);
        HBox.setHgrow(page, Priority.ALWAYS);

        beside.setFitToWidth(true);
        beside.getStyleClass().addAll("page", "beside");
        beside.setMinWidth(220);
        beside.setPrefWidth(300);
        beside.managedProperty().bind(beside.visibleProperty());

        getChildren().addAll(beside, page);
        getStyleClass().add("reflection");
        setId("guide");
        model.stepProperty().addListener((observable, old, step) -> show(step));
        model.madeProperty().addListener((observable, old, made) -> showBeside(made));
        showBeside(model.madeProperty().get());
        show(model.stepProperty().get());
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                focusFirst();
            }
        });
    }

    private FlowPane actions() {
        Button back = Buttons.of(Texts.get("guide.back"), "guideBack", model::back);
        back.visibleProperty().bind(model.stepProperty().isNotEqualTo(GuideStep.MISTAKE));
        back.managedProperty().bind(back.visibleProperty());
        Button onward = Buttons.primary(Texts.get("guide.next"), "guideNext", model::next);
        onward.textProperty().bind(model.stepProperty().map(GuideStep::onward));
        Focus.disableWhile(onward, model.savingProperty());
        onward.setDefaultButton(true);
        Button later = Buttons.of(Texts.get("guide.doLater"), "guideLater", model::later);
        later.visibleProperty().bind(model.stepProperty().isEqualTo(GuideStep.DO_IT));
        later.managedProperty().bind(later.visibleProperty());
        Button skip = Buttons.of(Texts.get("guide.skipStep"), "guideSkip", model::skip);
        skip.visibleProperty().bind(model.stepProperty().map(GuideStep::skippable));
        skip.managedProperty().bind(skip.visibleProperty());
        Focus.disableWhile(skip, model.savingProperty());
        Button leave = Buttons.of(Texts.get("guide.leaveGuide"), "guideLeave", model::leave);
        leave.setCancelButton(true);
        leave.visibleProperty().bind(model.stepProperty().isNotEqualTo(GuideStep.LATER));
        leave.managedProperty().bind(leave.visibleProperty());
        Label draft = Messages.bound(model.draftNoteProperty(), "draft-note");
        draft.setId("draftNote");
        FlowPane row = new FlowPane(back, onward, later, skip, leave, draft);
        row.getStyleClass().addAll("button-row", "guide-actions");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void show(GuideStep step) {
        indicator.setText(step.indicator());
        indicator.setVisible(!step.indicator().isEmpty());
        indicator.setManaged(indicator.isVisible());
        title.setText(step.title());
        why.setText(step.why());
        Node content = built.computeIfAbsent(step, each -> {
            Node made = inputs.of(each);
            if (inputs.first != null) {
                firsts.put(each, inputs.first);
            }
            return made;
        });
        stepHost.getChildren().setAll(content);
        beside.setVisible(step == GuideStep.REFLECT);
        page.setVvalue(0);
        focusFirst();
    }

    private void showBeside(Exposure made) {
        if (made == null) {
            beside.setContent(null);
            return;
        }
        VBox plan = PlanFacts.withDistress(Texts.get("guide.plan"), made);
        plan.setId("planBeside");
        beside.setContent(plan);
    }

    /** Starts the keyboard on the step's first input, or on the way on. */
    private void focusFirst() {
        if (getScene() == null) {
            return;
        }
        Control first = firsts.get(model.stepProperty().get());
        Node target = first != null ? first : lookup("#guideNext");
        if (target != null) {
            // On opening, the step's input is in a scroll pane not drawn yet.
            Focus.request(target);
        }
    }
}
