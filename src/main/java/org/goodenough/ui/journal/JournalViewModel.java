package org.goodenough.ui.journal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.goodenough.domain.Draft;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Idea;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Ladder;
import org.goodenough.planner.ExposurePlanner;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.WindowRead;
import org.goodenough.store.Backup;
import org.goodenough.store.JournalMovedException;
import org.goodenough.ui.common.DraftKeeper;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.FormViewModel;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.worksheet.WorksheetModel;
import org.goodenough.ui.detail.ExposureDetailViewModel;
import org.goodenough.ui.doing.DidItViewModel;
import org.goodenough.ui.guide.GuideViewModel;
import org.goodenough.ui.ladder.LadderFormViewModel;
import org.goodenough.ui.ladder.LadderViewModel;
import org.goodenough.ui.ladder.LaddersViewModel;
import org.goodenough.ui.library.IdeaFormViewModel;
import org.goodenough.ui.library.LibraryViewModel;
import org.goodenough.ui.plan.PlanFormViewModel;
import org.goodenough.ui.reflection.ReflectionViewModel;
import org.goodenough.ui.settings.SettingsViewModel;
import org.goodenough.ui.today.TodayViewModel;

/**
 * The journal window's state: the three lists, which exposure is chosen, and the page beside
 * the lists (a detail view or one of the forms; {@code null} for the welcome page).
 */
public final class JournalViewModel implements Navigator {

    /**
     * How many exposures of each list are read at a time: more than a full-HD window shows, so
     * the first frame of a long journal waits for one small page; the list's button reads more.
     */
    public static final int PAGE = 50;

    private final JournalSession session;
    private final ExposurePlanner planner;
    private final TaskRunner tasks;
    private final Path journalFile;
    private final boolean demo;
    private final Map<JournalSection, ObservableList<Exposure>> lists = new EnumMap<>(JournalSection.class);
    private final Map<JournalSection, ReadOnlyIntegerWrapper> totals = new EnumMap<>(JournalSection.class);
    private final Map<JournalSection, Integer> shown = new EnumMap<>(JournalSection.class);
    private final ObjectProperty<JournalSection> section = new SimpleObjectProperty<>(JournalSection.UPCOMING);
    private final ReadOnlyObjectWrapper<Object> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> chosenId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper leaving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper safetyNoteDue = new ReadOnlyBooleanWrapper(false);
    private final KeptPages kept;
    private WorksheetModel blankWorksheet;
    private final Reopener reopener;
    private final DraftOffers drafts;
    private final TodayViewModel today;
    private Runnable afterRead = () -> { };
    private final ReadOnlyObjectWrapper<JournalMovedException> moved = new ReadOnlyObjectWrapper<>();
    private Runnable pending;
    /** Where leaving a form without saving goes when no exposure is chosen: a ladder, say. */
    private Runnable returnTo;

    /** A window model for tests: drafts are kept, and their note set, on the calling thread. */
    public JournalViewModel(JournalSession session, TaskRunner tasks) {
        this(session, tasks, Reopener.NONE, Runnable::run, null);
    }

    /**
     * @param reopener closes the journal and opens it again, for a restore or a recovery
     * @param fxThread runs work on the FX thread, for news from the draft writer
     * @param settings the app's settings, for the Today panel and the Settings page; null
     *                 for a window without them (the Today panel then always shows)
     */
    public JournalViewModel(JournalSession session, TaskRunner tasks, Reopener reopener,
            Executor fxThread, SettingsViewModel settings) {
        this.reopener = reopener;
        this.kept = new KeptPages(session, tasks, this, settings);
        this.today = new TodayViewModel(session.planner(), tasks, this, settings == null
                ? new SimpleBooleanProperty(true) : settings.remindersProperty(), session.clock());
        this.drafts = new DraftOffers(session, tasks, this,
                new DraftKeeper(session.drafts(), fxThread, Clock.systemDefaultZone()), page::get, message::set);
        this.session = session;
        this.planner = session.planner();
        this.tasks = tasks;
        this.journalFile = session.file();
        this.demo = session.isDemo();
        for (JournalSection each : JournalSection.values()) {
            lists.put(each, FXCollections.observableArrayList());
            totals.put(each, new ReadOnlyIntegerWrapper(0));
            shown.put(each, PAGE);
        }
        page.addListener((observable, old, now) -> drafts.pageChanged(old, now));
    }

    /**
     * Reads the lists from the journal, each as far as the person has asked to see, and today's
     * plans. When the journal was opened for this window, what it read ahead is shown at once.
     */
    public void load() {
        Map<JournalSection, Integer> limits = new EnumMap<>(shown);
        Optional<WindowRead> ahead = session.takeReadAhead()
                .filter(read -> read.covers(limits, TodayViewModel.SHOWN));
        if (ahead.isPresent()) {
            show(ahead.get());
            return;
        }
        tasks.run(() -> session.read(limits, TodayViewModel.SHOWN), this::show,
                failure -> message.set(Failures.describe(failure)));
    }

    private void show(WindowRead read) {
        safetyNoteDue.set(read.safetyNoteDue());
        read.sections().forEach((each, section) -> {
            lists.get(each).setAll(section.exposures());
            totals.get(each).set(section.total());
        });
        empty.set(read.sections().values().stream().allMatch(section -> section.total() == 0));
        loaded.set(true);
        message.set("");
        today.show(read.waitingToday());
        drafts.lookOnce();
        afterRead.run();
    }

    /** Plans waiting today, with their one-click actions. */
    public TodayViewModel today() {
        return today;
    }

    /** Runs {@code work} (on the FX thread) after each time the lists were read afresh. */
    public void afterEachRead(Runnable work) {
        afterRead = work;
    }

    /** Text written earlier and never saved, offered back; null when there is none. */
    public ReadOnlyObjectProperty<Draft> draftOfferProperty() {
        return drafts.offerProperty();
    }

    /** Opens the form the offered draft was written in, with its text back in place. */
    public void resumeDraft() {
        drafts.resume();
    }

    /** Lets the offered draft go, in one click. */
    public void discardDraft() {
        drafts.discard();
    }

    /** The person closes the window and lets the unsaved text in the form go. */
    public void leaveUnsaved() {
        drafts.formLeft();
    }

    /** Writes a draft still waiting and stops keeping drafts; for closing the journal. */
    public void closeDrafts() {
        drafts.close();
    }

    /** Set when the journal file was moved, deleted or replaced while open; null otherwise. */
    public ReadOnlyObjectProperty<JournalMovedException> movedProperty() {
        return moved.getReadOnlyProperty();
    }

    @Override
    public void journalMoved(JournalMovedException problem) {
        moved.set(problem);
    }

    /** Shows a message about the whole window, such as a recovery that failed. */
    public void tell(String text) {
        message.set(text);
    }

    /** Puts the journal back in its place, or opens the file now there, and reopens it. */
    public void recoverJournal() {
        JournalMovedException problem = moved.get();
        if (problem != null) {
            reopener.recover(problem);
        }
    }

    /** Shows the next page of a list. */
    public void showMore(JournalSection which) {
        shown.merge(which, PAGE, Integer::sum);
        load();
    }

    /** How many exposures a list holds in all, shown or not. */
    public ReadOnlyIntegerProperty totalProperty(JournalSection which) {
        return totals.get(which).getReadOnlyProperty();
    }

    /** Whether the note on what this exercise is should be shown: once, on first start. */
    public ReadOnlyBooleanProperty safetyNoteDueProperty() {
        return safetyNoteDue.getReadOnlyProperty();
    }

    /** The person has read the safety note; it stays under Help from now on. */
    public void safetyNoteRead() {
        safetyNoteDue.set(false);
        tasks.run(() -> {
            session.preferences().markSafetyNoteRead();
            return null;
        }, done -> { }, failure -> message.set(Failures.describe(failure)));
    }

    public ObservableList<Exposure> list(JournalSection which) {
        return lists.get(which);
    }

    /** The list being looked at. */
    public ObjectProperty<JournalSection> sectionProperty() {
        return section;
    }

    /** The view-model of the page beside the lists, or {@code null} for the welcome page. */
    public ReadOnlyObjectProperty<Object> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** The id of the exposure chosen in the lists, or {@code null}. */
    public ReadOnlyObjectProperty<Long> chosenIdProperty() {
        return chosenId.getReadOnlyProperty();
    }

    /** Whether the journal holds no exposure at all. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Path journalFile() {
        return journalFile;
    }

    /** Whether this is the demo journal, whose entries are made up and kept nowhere. */
    public boolean isDemo() {
        return demo;
    }

    /**
     * Closes this journal and opens a new demo journal from the example person: from the
     * menu, or to reset the demo to how it began. An unsaved form's draft stays kept.
     */
    public void openDemo() {
        reopener.demo();
    }

    /** Closes the demo, with everything done in it, and opens the person's own journal. */
    public void leaveDemo() {
        reopener.ownJournal();
    }

    /**
     * True while the person is asked whether to leave a form with unsaved text; answer with
     * {@link #leaveForm()} or {@link #stayInForm()}.
     */
    public ReadOnlyBooleanProperty leavingProperty() {
        return leaving.getReadOnlyProperty();
    }

    /** Whether the page shown is a form holding text that is not saved. */
    public boolean hasUnsavedForm() {
        return page.get() instanceof FormViewModel form && form.changedProperty().get();
    }

    public void leaveForm() {
        Runnable change = pending;
        pending = null;
        leaving.set(false);
        if (change != null) {
            change.run();
        }
    }

    public void stayInForm() {
        pending = null;
        leaving.set(false);
    }

    /** Changes the page at once, or first asks when that would drop unsaved text. */
    private void go(Runnable change) {
        if (hasUnsavedForm()) {
            pending = change;
            leaving.set(true);
        } else {
            change.run();
        }
    }

    public void newPlan() {
        planFrom(null, null);
    }

    @Override
    public void planFrom(Idea idea, Ladder ladder) {
        go(() -> {
            chosenId.set(null);
            page.set(PlanFormViewModel.newPlan(session, tasks, this, idea, ladder));
            load();
        });
    }

    @Override
    public void showGuide() {
        go(() -> {
            chosenId.set(null);
            page.set(new GuideViewModel(session, tasks, this));
        });
    }

    @Override
    public void showLibrary(Ladder forLadder) {
        go(() -> openLibrary(forLadder));
    }

    private void openLibrary(Ladder forLadder) {
        chosenId.set(null);
        returnTo = () -> openLibrary(forLadder);
        page.set(new LibraryViewModel(session.library(), session.preferences(), tasks, this,
                forLadder));
    }

    @Override
    public void editIdea(Idea idea) {
        go(() -> page.set(new IdeaFormViewModel(session.library(), tasks, this, idea)));
    }

    @Override
    public void showLadders() {
        go(this::openLadders);
    }

    private void openLadders() {
        chosenId.set(null);
        returnTo = this::openLadders;
        page.set(new LaddersViewModel(session.ladders(), tasks, this));
    }

    @Override
    public void showLadder(long ladderId) {
        go(() -> openLadder(ladderId));
    }

    private void openLadder(long ladderId) {
        chosenId.set(null);
        returnTo = () -> openLadder(ladderId);
        page.set(new LadderViewModel(session, tasks, this, ladderId));
        load();
    }

    @Override
    public void editLadder(Ladder ladder) {
        go(() -> page.set(new LadderFormViewModel(session.ladders(), tasks, this, ladder)));
    }

    @Override
    public void showInsights() {
        go(this::openInsights);
    }

    private void openInsights() {
        openKept(kept.insights(), this::openInsights);
    }

    @Override
    public void showLearned() {
        go(this::openLearned);
    }

    private void openLearned() {
        openKept(kept.learned(), this::openLearned);
    }

    @Override
    public void showSearch() {
        go(this::openSearch);
    }

    private void openSearch() {
        openKept(kept.search(), this::openSearch);
    }

    @Override
    public void showData() {
        go(this::openData);
    }

    private void openData() {
        openKept(kept.data(), this::openData);
    }

    /** The app's settings beside the lists; only for a window that has them. */
    public void showSettings() {
        if (kept.settings() != null) {
            go(this::openSettings);
        }
    }

    private void openSettings() {
        openKept(kept.settings(), this::openSettings);
    }

    /** Whether this window has the app's settings to show. */
    public boolean hasSettings() {
        return kept.settings() != null;
    }

    /** The blank worksheet of the Help menu; what comes of it shows in the message bar. */
    public WorksheetModel blankWorksheet() {
        if (blankWorksheet == null) {
            blankWorksheet = WorksheetModel.blank(session, tasks, Platform::runLater,
                    Clock.systemDefaultZone());
            blankWorksheet.messageProperty().addListener((observable, old, text) -> message.set(text));
            blankWorksheet.problemProperty().addListener((observable, old, text) -> {
                if (!text.isEmpty()) {
                    message.set(text);
                }
            });
        }
        return blankWorksheet;
    }

    @Override
    public void journalChanged() {
        load();
    }

    @Override
    public void restore(Backup backup) {
        reopener.restore(backup);
    }

    /** Whether {@code shown} is one of the pages kept while the window is open. */
    public boolean keeps(Object shown) {
        return kept.keeps(shown);
    }

    /**
     * Shows a page that is kept while the window is open, so coming back to it finds the
     * person's choices (words, filters, period) as they left them.
     */
    private void openKept(Object kept, Runnable reopen) {
        chosenId.set(null);
        returnTo = reopen;
        page.set(kept);
    }

    @Override
    public void openExposure(long id) {
        tasks.run(() -> planner.find(id), found -> found.ifPresentOrElse(this::showExposure,
                () -> message.set(Texts.get("journal.exposureNoLongerJournal"))),
                failure -> message.set(Failures.describe(failure)));
    }

    /** Shows an exposure chosen in a list. */
    public void choose(Exposure exposure) {
        if (page.get() instanceof ExposureDetailViewModel shown
                && shown.exposure().equals(exposure)) {
            return;
        }
        go(() -> {
            returnTo = null;
            chosenId.set(exposure.id());
            page.set(new ExposureDetailViewModel(session, tasks, this, exposure));
        });
    }

    @Override
    public void showExposure(Exposure exposure) {
        go(() -> {
            returnTo = null;
            section.set(JournalSection.of(exposure.status()));
            chosenId.set(exposure.id());
            page.set(new ExposureDetailViewModel(session, tasks, this, exposure));
            load();
        });
    }

    @Override
    public void editPlan(Exposure exposure) {
        go(() -> {
            section.set(JournalSection.of(exposure.status()));
            chosenId.set(exposure.id());
            page.set(PlanFormViewModel.change(session, tasks, this, exposure));
            load();
        });
    }

    @Override
    public void showDidIt(Exposure exposure) {
        go(() -> page.set(new DidItViewModel(planner, tasks, this, exposure)));
    }

    @Override
    public void showReflection(Exposure exposure) {
        go(() -> {
            section.set(JournalSection.of(exposure.status()));
            chosenId.set(exposure.id());
            page.set(new ReflectionViewModel(planner, tasks, this, exposure));
            load();
        });
    }

    @Override
    public void removed(Exposure exposure) {
        go(() -> {
            chosenId.set(null);
            page.set(null);
            load();
        });
    }

    @Override
    public void back() {
        go(() -> {
            Long id = chosenId.get();
            if (id == null) {
                if (returnTo != null) {
                    returnTo.run();
                } else {
                    page.set(null);
                }
                return;
            }
            tasks.run(() -> planner.find(id), found -> page.set(found
                    .<Object>map(exposure -> new ExposureDetailViewModel(session, tasks, this,
                            exposure))
                    .orElse(null)), failure -> {
                        page.set(null);
                        message.set(Failures.describe(failure));
                    });
        });
    }
}
