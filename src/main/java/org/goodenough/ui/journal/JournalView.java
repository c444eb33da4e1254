package org.goodenough.ui.journal;

import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.JournalSection;
import org.goodenough.ui.common.Buttons;
import org.goodenough.ui.common.Confirmation;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.SafetyNote;
import org.goodenough.ui.common.UnsavedText;
import org.goodenough.ui.data.YourDataView;
import org.goodenough.ui.data.YourDataViewModel;
import org.goodenough.ui.detail.ExposureDetailView;
import org.goodenough.ui.detail.ExposureDetailViewModel;
import org.goodenough.ui.doing.DidItView;
import org.goodenough.ui.doing.DidItViewModel;
import org.goodenough.ui.guide.GuideView;
import org.goodenough.ui.guide.GuideViewModel;
import org.goodenough.ui.insights.InsightsView;
import org.goodenough.ui.insights.InsightsViewModel;
import org.goodenough.ui.ladder.LadderFormView;
import org.goodenough.ui.ladder.LadderFormViewModel;
import org.goodenough.ui.ladder.LadderView;
import org.goodenough.ui.ladder.LadderViewModel;
import org.goodenough.ui.ladder.LaddersView;
import org.goodenough.ui.ladder.LaddersViewModel;
import org.goodenough.ui.library.IdeaFormView;
import org.goodenough.ui.library.IdeaFormViewModel;
import org.goodenough.ui.library.LibraryView;
import org.goodenough.ui.library.LibraryViewModel;
import org.goodenough.ui.plan.PlanFormView;
import org.goodenough.ui.plan.PlanFormViewModel;
import org.goodenough.ui.reflection.ReflectionView;
import org.goodenough.ui.reflection.ReflectionViewModel;
import org.goodenough.ui.search.SearchView;
import org.goodenough.ui.search.SearchViewModel;
import org.goodenough.ui.timeline.LearningTimelineView;
import org.goodenough.ui.timeline.LearningTimelineViewModel;
import org.goodenough.ui.worksheet.WorksheetPanel;
import org.goodenough.ui.theme.Icons;
import org.goodenough.ui.theme.ThemeMenu;
import org.goodenough.ui.theme.ThemeViewModel;
import org.goodenough.ui.zoom.SceneZoom;
import org.goodenough.ui.zoom.ZoomMenu;
import org.goodenough.ui.zoom.ZoomViewModel;

/** The main window: the three lists on the left, the chosen exposure or a form beside them. */
public final class JournalView extends BorderPane {

    private final JournalViewModel model;
    private final ZoomViewModel zoom;
    private final ThemeViewModel theme;
    private final TabPane sections = new TabPane();
    private final StackPane pageHost = new StackPane();
    private final Map<JournalSection, ListView<Exposure>> lists = new EnumMap<>(JournalSection.class);
    private boolean syncing;

    public JournalView(JournalViewModel model, ZoomViewModel zoom, ThemeViewModel theme) {
        this.model = model;
        this.zoom = zoom;
        this.theme = theme;
        setTop(model.isDemo() ? new VBox(toolbar(), demoBanner()) : toolbar());
        setLeft(sections());
        VBox.setVgrow(pageHost, Priority.ALWAYS);
        setCenter(new VBox(draftBanner(), movedBanner(), pageHost));
        setBottom(messageBar());
        pageHost.getStyleClass().add("page-host");
        getStyleClass().add("journal");
        model.pageProperty().addListener((observable, old, page) -> showPage(page));
        model.loadedProperty().addListener((observable, old, loaded) -> {
            if (model.pageProperty().get() == null) {
                showPage(null);
            }
        });
        model.safetyNoteDueProperty().addListener((observable, old, due) -> {
            if (model.pageProperty().get() == null) {
                showPage(null);
            }
        });
        model.chosenIdProperty().addListener((observable, old, id) -> selectChosen());
        model.leavingProperty().addListener((observable, old, asking) -> {
            if (asking) {
                Platform.runLater(this::askToLeave);
            }
        });
        showPage(model.pageProperty().get());
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(
                        new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), model::newPlan);
                scene.getAccelerators().put(
                        new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), model::showSearch);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1),
                        () -> SafetyNote.show(scene.getWindow()));
            }
        });
    }

    private HBox toolbar() {
        Label title = new Label("Good Enough");
        title.getStyleClass().add("app-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        // Zoomed in a narrow window (less than 45em, so never at 100 %), the title gives way to
        // the buttons; the window's own title still names the app.
        title.visibleProperty().bind(widthProperty().greaterThanOrEqualTo(
                zoom.scale().multiply(45 * SceneZoom.WINDOW_FONT)));
        title.managedProperty().bind(title.visibleProperty());
        Button plan = helped(Buttons.primary("Plan a mistake", "newPlan", model::newPlan),
                "Plan a new small mistake to make on purpose (Ctrl+N)");

        MenuItem exercise = new MenuItem("About this exercise");
        exercise.setId("aboutExercise");
        exercise.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        exercise.setOnAction(event -> SafetyNote.show(getScene().getWindow()));
        MenuItem journal = new MenuItem("Where is my journal?");
        journal.setOnAction(event -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, model.isDemo()
                    ? "This is the demo journal. It is kept nowhere: it goes when you leave the"
                            + " demo or quit. Your own journal stays closed meanwhile."
                    : "Your journal is kept only on this computer, in\n" + model.journalFile());
            alert.setHeaderText("Your journal");
            alert.initOwner(getScene().getWindow());
            alert.showAndWait();
        });
        MenuItem guide = new MenuItem("Walk me through one exposure");
        guide.setId("showGuide");
        guide.setOnAction(event -> model.showGuide());
        MenuItem worksheet = new MenuItem("Print a blank worksheet…");
        worksheet.setId("blankWorksheetMenu");
        worksheet.setOnAction(event -> WorksheetPanel.choose(getScene().getWindow(),
                model.blankWorksheet()));
        MenuItem demo = new MenuItem("Open the demo journal");
        demo.setId("openDemo");
        demo.setOnAction(event -> model.openDemo());
        demo.setVisible(!model.isDemo());
        MenuButton help = new MenuButton("Help", null, exercise, guide, worksheet, journal, demo);
        help.setId("help");

        Button ideas = helped(Buttons.of("Ideas", "showLibrary", () -> model.showLibrary(null)),
                "Browse the idea library");
        Button ladders = helped(Buttons.of("Ladders", "showLadders", model::showLadders),
                "Your ladders, one for each fear");
        Button insights = helped(Buttons.of("Insights", "showInsights", model::showInsights),
                "What your own records show");
        Button learned = helped(Buttons.of("What I learned", "showLearned", model::showLearned),
                "Every answer to what did I learn, in date order");
        Button search = helped(Buttons.of("Search", "showSearch", model::showSearch),
                "Search everything in your journal (Ctrl+F)");

        // In a narrow window the buttons wrap onto a second row instead of shrinking to "…".
        Button data = helped(Buttons.of("Your data", "showData", model::showData),
                "Export, import and backups of your journal");
        FlowPane actions = new FlowPane(ideas, ladders, insights, learned, search, data, plan, help,
                ZoomMenu.of(zoom), ThemeMenu.of(theme));
        actions.getStyleClass().add("toolbar-actions");
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMinWidth(0);
        actions.setPrefWrapLength(0);
        HBox.setHgrow(actions, Priority.ALWAYS);
        HBox bar = new HBox(title, actions);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("toolbar-row");
        Icons.onToolbar(actions);
        return bar;
    }

    private static Button helped(Button button, String help) {
        button.setAccessibleHelp(help);
        return button;
    }

    private TabPane sections() {
        for (JournalSection section : JournalSection.values()) {
            ListView<Exposure> list = new ListView<>(model.list(section));
            lists.put(section, list);
            list.setId("list" + section.name());
            list.setCellFactory(view -> new ExposureCell());
            list.setAccessibleText(section.label());
            list.setPlaceholder(placeholder(section));
            list.getSelectionModel().selectedItemProperty().addListener((observable, old, chosen) -> {
                if (chosen != null && !syncing) {
                    model.choose(chosen);
                }
            });
            model.list(section).addListener((ListChangeListener<Exposure>) change -> selectChosen());
            VBox.setVgrow(list, Priority.ALWAYS);
            Tab tab = new Tab(section.label(), new VBox(list, moreBar(section)));
            tab.setId("tab" + section.name());
            tab.setClosable(false);
            tab.setGraphic(Icons.of(Icons.section(section)));
            tab.setUserData(section);
            sections.getTabs().add(tab);
        }
        sections.getSelectionModel().selectedItemProperty().addListener((observable, old, tab) ->
                model.sectionProperty().set((JournalSection) tab.getUserData()));
        model.sectionProperty().addListener((observable, old, section) ->
                sections.getSelectionModel().select(section.ordinal()));
        sections.getStyleClass().add("sections");
        // About a third of the window, between 220 and 380 at the usual size and growing with
        // the zoom, yet never more than 45 % of it, so the page beside the lists keeps room.
        var width = Bindings.min(widthProperty().multiply(0.45), Bindings.max(
                zoom.scale().multiply(220), Bindings.min(zoom.scale().multiply(380),
                        widthProperty().multiply(0.32))));
        sections.minWidthProperty().bind(Bindings.min(widthProperty().multiply(0.45),
                zoom.scale().multiply(220)));
        sections.prefWidthProperty().bind(width);
        return sections;
    }

    /** "Showing 200 of 812" with a button for more, only when some are not shown. */
    private HBox moreBar(JournalSection section) {
        Label count = new Label();
        count.getStyleClass().add("cell-line");
        count.textProperty().bind(Bindings.createStringBinding(() -> String.format(
                "Showing %,d of %,d", model.list(section).size(), model.totalProperty(section).get()),
                model.list(section), model.totalProperty(section)));
        Button more = new Button("Show more");
        more.setId("more" + section.name());
        more.setOnAction(event -> model.showMore(section));
        HBox bar = new HBox(count, more);
        bar.getStyleClass().add("more-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(Bindings.size(model.list(section))
                .lessThan(model.totalProperty(section)));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private static Label placeholder(JournalSection section) {
        Label label = new Label(switch (section) {
            case UPCOMING -> "Nothing planned yet. A small mistake is a fine place to start.";
            case DONE -> "Exposures you have done will gather here.";
            case NOT_NOW -> "Plans you set aside rest here, without any hurry.";
        });
        label.setWrapText(true);
        label.getStyleClass().add("placeholder");
        label.setGraphic(Icons.of(Icons.section(section)));
        label.setContentDisplay(ContentDisplay.TOP);
        return label;
    }

    /**
     * Says plainly, on every page, that this is the demo: made-up entries, nothing kept, and
     * the person's own journal closed. Reset and leaving each ask first.
     */
    private VBox demoBanner() {
        Label title = new Label("Demo journal");
        title.getStyleClass().add("demo-title");
        Label text = new Label("These entries belong to Robin, a made-up person. Nothing you do"
                + " here is kept, and your own journal stays closed.");
        text.setId("demoNote");
        text.setWrapText(true);
        Button reset = Buttons.of("Reset demo", "resetDemo", () -> {
            if (Confirmation.toRemove(this, "Reset demo", "Start the demo again?",
                    "What was added or changed in the demo goes, and Robin's journal comes back"
                            + " as it was.", "Reset demo")) {
                model.openDemo();
            }
        });
        Button leave = Buttons.of("Leave the demo", "leaveDemo", () -> {
            if (Confirmation.toGoOn(this, "Leave the demo", "Open your own journal?",
                    "Your own entries will show in this window. The demo and all done in it"
                            + " are removed.", "Open my journal", "Stay in the demo")) {
                model.leaveDemo();
            }
        });
        Button guide = Buttons.of("Walk through one exposure", "demoGuide", model::showGuide);
        HBox row = new HBox(guide, reset, leave);
        row.getStyleClass().add("button-row");
        VBox banner = new VBox(title, text, row);
        banner.getStyleClass().addAll("banner", "demo-banner");
        banner.setId("demoBanner");
        return banner;
    }

    /** Text written earlier and never saved: go on writing it, or let it go in one click. */
    private VBox draftBanner() {
        Label text = new Label();
        text.setId("draftOffer");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(
                () -> DraftWording.offer(model.draftOfferProperty().get()), model.draftOfferProperty()));
        Button resume = Buttons.primary("Go on writing", "resumeDraft", model::resumeDraft);
        Button discard = Buttons.of("Discard the draft", "discardDraft", model::discardDraft);
        return banner(text, model.draftOfferProperty().isNotNull(), resume, discard);
    }

    /** The journal file went away while open: put it back, or open what is there now. */
    private VBox movedBanner() {
        Label text = new Label();
        text.setId("journalMoved");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> model.movedProperty().get() == null
                ? "" : model.movedProperty().get().getMessage(), model.movedProperty()));
        Button recover = Buttons.primary("", "recoverJournal", model::recoverJournal);
        recover.textProperty().bind(Bindings.createStringBinding(() ->
                model.movedProperty().get() != null && !model.movedProperty().get().gone()
                        ? "Open it again" : "Put the journal back", model.movedProperty()));
        return banner(text, model.movedProperty().isNotNull(), recover);
    }

    private static VBox banner(Label text, javafx.beans.binding.BooleanBinding shown,
            Button... buttons) {
        HBox row = new HBox(buttons);
        row.getStyleClass().add("button-row");
        VBox banner = new VBox(text, row);
        banner.getStyleClass().add("banner");
        banner.visibleProperty().bind(shown);
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Label messageBar() {
        Label message = Messages.bound(model.messageProperty(), "form-message");
        message.setId("journalMessage");
        return message;
    }

    /** Keeps the lists' selection on the chosen exposure without choosing it again. */
    private void selectChosen() {
        syncing = true;
        try {
            Long id = model.chosenIdProperty().get();
            for (ListView<Exposure> list : lists.values()) {
                int index = -1;
                for (int i = 0; id != null && i < list.getItems().size(); i++) {
                    if (list.getItems().get(i).id() == id) {
                        index = i;
                        break;
                    }
                }
                if (index >= 0) {
                    list.getSelectionModel().select(index);
                    list.scrollTo(index);
                } else {
                    list.getSelectionModel().clearSelection();
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** Asks before unsaved text in a form is dropped; keeping it is the default. */
    private void askToLeave() {
        if (UnsavedText.confirmLeaving(getScene().getWindow())) {
            model.leaveForm();
        } else {
            model.stayInForm();
            selectChosen();
        }
    }

    private void showPage(Object page) {
        Node view;
        if (page instanceof PlanFormViewModel plan) {
            view = new PlanFormView(plan);
        } else if (page instanceof GuideViewModel guide) {
            view = new GuideView(guide);
        } else if (page instanceof DidItViewModel didIt) {
            view = new DidItView(didIt);
        } else if (page instanceof ReflectionViewModel reflection) {
            view = new ReflectionView(reflection);
        } else if (page instanceof ExposureDetailViewModel detail) {
            view = new ExposureDetailView(detail);
        } else if (page instanceof LibraryViewModel library) {
            view = new LibraryView(library);
        } else if (page instanceof IdeaFormViewModel idea) {
            view = new IdeaFormView(idea);
        } else if (page instanceof LaddersViewModel ladders) {
            view = new LaddersView(ladders);
        } else if (page instanceof LadderViewModel ladder) {
            view = new LadderView(ladder);
        } else if (page instanceof LadderFormViewModel ladderForm) {
            view = new LadderFormView(ladderForm);
        } else if (page instanceof InsightsViewModel insights) {
            view = new InsightsView(insights);
        } else if (page instanceof LearningTimelineViewModel learned) {
            view = new LearningTimelineView(learned);
        } else if (page instanceof SearchViewModel search) {
            view = new SearchView(search);
        } else if (page instanceof YourDataViewModel data) {
            view = new YourDataView(data);
        } else {
            view = new WelcomeView(model);
        }
        pageHost.getChildren().setAll(view);
    }
}
