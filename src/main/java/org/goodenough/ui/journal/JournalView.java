package org.goodenough.ui.journal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.goodenough.domain.JournalSection;
import org.goodenough.ui.common.Buttons;
import org.goodenough.ui.common.FirstFrame;
import org.goodenough.ui.common.Focus;
import org.goodenough.ui.common.Messages;
import org.goodenough.ui.common.Outliving;
import org.goodenough.ui.common.SafetyNote;
import org.goodenough.ui.common.Shortcut;
import org.goodenough.ui.common.ShortcutsPanel;
import org.goodenough.ui.common.Texts;
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
import org.goodenough.ui.language.LanguageMenu;
import org.goodenough.ui.language.LanguageViewModel;
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
import org.goodenough.ui.settings.SettingsView;
import org.goodenough.ui.settings.SettingsViewModel;
import org.goodenough.ui.timeline.LearningTimelineView;
import org.goodenough.ui.timeline.LearningTimelineViewModel;
import org.goodenough.ui.today.TodayView;
import org.goodenough.ui.worksheet.WorksheetPanel;
import org.goodenough.ui.theme.Icons;
import org.goodenough.ui.theme.ThemeMenu;
import org.goodenough.ui.theme.ThemeViewModel;
import org.goodenough.ui.zoom.ZoomMenu;
import org.goodenough.ui.zoom.ZoomViewModel;

/** The main window: the three lists on the left, the chosen exposure or a form beside them. */
public final class JournalView extends BorderPane {

    /** Ctrl+, (Cmd+, on a Mac) opens the settings, as in many desktop apps. */
    static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.COMMA,
            KeyCombination.SHORTCUT_DOWN);

    private final JournalViewModel model;
    private final ZoomViewModel zoom;
    private final LanguageViewModel language;
    private final ThemeViewModel theme;
    private final JournalLists sections;
    private final StackPane pageHost = new StackPane();
    /** Whether the keys go to the page shown once the next pulse has drawn it. */
    private boolean keysFollowPage;
    private final List<Shortcut> shortcuts;
    /**
     * The views of the pages kept while the window is open, built on the first visit. Coming
     * back shows the same view, scrolled as it was left; its charts and answers are drawn again
     * only when what they show has changed, and no visit leaves a second view listening.
     */
    private final Map<Object, Node> keptViews = new IdentityHashMap<>();

    public JournalView(JournalViewModel model, ZoomViewModel zoom, LanguageViewModel language,
                       ThemeViewModel theme) {
        this.model = model;
        this.zoom = zoom;
        this.shortcuts = WindowShortcuts.of(this, model);
        this.language = language;
        this.theme = theme;
        this.sections = new JournalLists(model, zoom, widthProperty());
        Outliving.listen(this, language.noteProperty(), (observable, old, note) -> {
            if (!note.isEmpty()) {
                model.tell(note);
            }
        });
        setTop(model.isDemo() ? new VBox(toolbar(), JournalBanners.demo(this, model)) : toolbar());
        setLeft(listsWithToday());
        VBox.setVgrow(pageHost, Priority.ALWAYS);
        setCenter(new VBox(JournalBanners.draft(model), JournalBanners.moved(model),
                JournalBanners.reminder(model), pageHost));
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
        model.chosenIdProperty().addListener((observable, old, id) -> sections.selectChosen());
        model.leavingProperty().addListener((observable, old, asking) -> {
            if (asking) {
                Platform.runLater(this::askToLeave);
            }
        });
        showPage(model.pageProperty().get());
        sceneProperty().addListener((observable, old, scene) -> {
            // A window replaced by a page that says a journal could not be opened must not
            // keep acting on the keys for the journal it showed.
            if (old != null) {
                Shortcut.uninstall(old, shortcuts);
            }
            if (scene != null) {
                Shortcut.install(scene, shortcuts);
            }
        });
    }

    private CalmToolbar toolbar() {
        Label title = new Label(Texts.get("journal.goodEnough"));
        title.getStyleClass().add("app-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button plan = helped(Buttons.primary(Texts.get("journal.planMistake"), "newPlan", model::newPlan),
                Texts.get("journal.planNewSmallMistake"));

        MenuItem exercise = new MenuItem(Texts.get("journal.aboutExercise"));
        exercise.setId("aboutExercise");
        exercise.setAccelerator(WindowShortcuts.ABOUT);
        exercise.setOnAction(event -> aboutExercise());
        MenuItem keys = new MenuItem(Texts.get("keyboard.menu"));
        keys.setId("showShortcuts");
        keys.setAccelerator(WindowShortcuts.SHORTCUTS);
        keys.setOnAction(event -> showShortcuts());
        MenuItem journal = new MenuItem(Texts.get("journal.whereJournal"));
        journal.setOnAction(event -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, model.isDemo()
                    ? Texts.get("journal.demoJournalKeptNowhere")
                    : Texts.format("journal.journalKeptOnlyComputer", model.journalFile()));
            alert.setHeaderText(Texts.get("journal.journal"));
            alert.initOwner(getScene().getWindow());
            alert.showAndWait();
        });
        MenuItem guide = new MenuItem(Texts.get("journal.walkMeThroughOne"));
        guide.setId("showGuide");
        guide.setOnAction(event -> model.showGuide());
        MenuItem worksheet = new MenuItem(Texts.get("journal.printBlankWorksheet"));
        worksheet.setId("blankWorksheetMenu");
        worksheet.setOnAction(event -> printWorksheet());
        MenuItem demo = new MenuItem(Texts.get("journal.openDemoJournal"));
        demo.setId("openDemo");
        demo.setOnAction(event -> model.openDemo());
        demo.setVisible(!model.isDemo());
        MenuItem settings = new MenuItem(Texts.get("settings.menu"));
        settings.setId("showSettings");
        settings.setAccelerator(SETTINGS);
        settings.setOnAction(event -> model.showSettings());
        settings.setVisible(model.hasSettings());
        MenuButton help = new MenuButton(Texts.get("journal.help"), null, exercise, guide,
                worksheet, journal, demo, new SeparatorMenuItem(), settings,
                LanguageMenu.of(language));
        help.setId("help");
        help.getItems().add(1, keys);

        Button ideas = helped(Buttons.of(Texts.get("journal.ideas"), "showLibrary",
                () -> model.showLibrary(null)),
                Texts.get("journal.browseIdeaLibrary"));
        Button ladders = helped(Buttons.of(Texts.get("journal.ladders"), "showLadders", model::showLadders),
                Texts.get("journal.laddersOneEachFear"));
        Button insights = helped(Buttons.of(Texts.get("journal.insights"), "showInsights",
                model::showInsights),
                Texts.get("journal.ownRecordsShow"));
        Button learned = helped(Buttons.of(Texts.get("journal.learned"), "showLearned", model::showLearned),
                Texts.get("journal.everyAnswerDidLearn"));
        Button search = helped(Buttons.of(Texts.get("journal.search"), "showSearch", model::showSearch),
                Texts.get("journal.searchEverythingJournalCtrl"));

        Button data = helped(Buttons.of(Texts.get("journal.data"), "showData", model::showData),
                Texts.get("journal.exportImportBackupsJournal"));
        MenuButton zoomMenu = ZoomMenu.of(zoom);
        MenuButton appearance = ThemeMenu.of(theme);
        // The menus at the end show their icon only (the zoom its size too, when not the
        // usual one); see CalmToolbar for what gives way in a narrower window.
        CalmToolbar.iconOnly(help);
        CalmToolbar.iconOnly(appearance);
        FlowPane actions = new FlowPane(ideas, ladders, insights, learned, search, data, plan, help,
                zoomMenu, appearance);
        actions.getStyleClass().add("toolbar-actions");
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMinWidth(0);
        actions.setPrefWrapLength(0);
        Icons.onToolbar(actions);
        new CurrentPageMark()
                .on(ideas, LibraryViewModel.class, IdeaFormViewModel.class)
                .on(ladders, LaddersViewModel.class, LadderViewModel.class,
                        LadderFormViewModel.class)
                .on(insights, InsightsViewModel.class)
                .on(learned, LearningTimelineViewModel.class)
                .on(search, SearchViewModel.class)
                .on(data, YourDataViewModel.class)
                .follow(model.pageProperty());
        // In a narrow window the least-used pages show their icon only first, then the zoom's
        // size, the other pages from the right, so the icons stay side by side, and last the
        // main action.
        CalmToolbar toolbar = new CalmToolbar(title, actions, List.of(List.of(search, data),
                List.of(zoomMenu), List.of(learned), List.of(insights), List.of(ladders),
                List.of(ideas), List.of(plan)));
        toolbar.wordsOnlyWhen(zoomMenu, zoom.percentProperty().isNotEqualTo(100));
        return toolbar;
    }

    private static Button helped(Button button, String help) {
        button.setAccessibleHelp(help);
        return button;
    }

    /**
     * The Today panel above the lists, when something waits today; it takes at most about a
     * quarter of the window's height, so the lists keep their room in a small window.
     */
    private VBox listsWithToday() {
        TodayView today = new TodayView(model.today(), heightProperty().multiply(0.25));
        today.setMinWidth(0);
        today.setPrefWidth(0);
        VBox.setVgrow(sections, Priority.ALWAYS);
        VBox left = new VBox(today, sections);
        left.getStyleClass().add("lists-column");
        return left;
    }

    private Label messageBar() {
        Label message = Messages.bound(model.messageProperty(), "form-message");
        message.setId("journalMessage");
        return message;
    }

    void aboutExercise() {
        SafetyNote.show(getScene().getWindow());
    }

    void showShortcuts() {
        ShortcutsPanel.show(getScene().getWindow(), shortcuts);
    }

    void printWorksheet() {
        WorksheetPanel.choose(getScene().getWindow(), model.blankWorksheet());
    }

    /** "I did it" for the exposure shown, as its own button would, when it offers one. */
    void didIt() {
        if (pageHost.lookup("#didIt") instanceof Button button && !button.isDisabled()) {
            button.fire();
        }
    }

    /** Shows the list of {@code section} and puts the keyboard in it. */
    void showSection(JournalSection section) {
        model.sectionProperty().set(section);
        sections.focus(section);
    }

    /** Moves the keyboard from the lists to the page beside them, or back. */
    void switchPane() {
        Node first = Focus.isIn(sections) ? Focus.startIn(pageHost) : null;
        if (first != null) {
            first.requestFocus();
        } else {
            sections.focus(model.sectionProperty().get());
        }
    }

    /** Asks the window to close, as its close button does: unsaved text is asked about first. */
    void closeWindow() {
        Window window = getScene().getWindow();
        window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Asks before unsaved text in a form is dropped; keeping it is the default. */
    private void askToLeave() {
        if (UnsavedText.confirmLeaving(getScene().getWindow())) {
            model.leaveForm();
        } else {
            model.stayInForm();
            sections.selectChosen();
        }
    }

    private void showPage(Object page) {
        Node view = model.keeps(page) ? keptViews.computeIfAbsent(page, this::viewOf) : viewOf(page);
        boolean keysInPage = Focus.isIn(pageHost);
        pageHost.getChildren().setAll(view);
        if (keysInPage && !keysFollowPage && getScene() != null) {
            // The keys were on the page replaced (its Not now pressed, say). JavaFX would give
            // them to the toolbar's first button, where Space again opens the ideas: they go
            // to where the page shown starts instead (its first control, or one it chose),
            // unless it took them itself (a form's first field). Once drawn, as a scroll
            // pane's content is there only then; and to the page shown by then, should another
            // have replaced this one meanwhile.
            keysFollowPage = true;
            FirstFrame.afterNextPulse(getScene(), () -> {
                keysFollowPage = false;
                if (Focus.isIn(pageHost) || pageHost.getChildren().isEmpty()
                        || !(pageHost.getChildren().get(0) instanceof Parent shown)) {
                    return;
                }
                Node first = Focus.startIn(shown);
                if (first != null) {
                    first.requestFocus();
                }
            });
        }
    }

    private Node viewOf(Object page) {
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
        } else if (page instanceof SettingsViewModel settings) {
            view = new SettingsView(settings);
        } else {
            // Scrolled like every other page: at a large zoom in a small window its words would
            // otherwise be squeezed into one line each and cut off.
            ScrollPane welcome = new ScrollPane(new WelcomeView(model));
            welcome.setFitToWidth(true);
            welcome.getStyleClass().add("page");
            view = welcome;
        }
        return view;
    }
}
