package org.goodenough.ui.journal;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.JournalSection;
import org.goodenough.planner.ExposurePlanner;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.FormViewModel;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.detail.ExposureDetailViewModel;
import org.goodenough.ui.doing.DidItViewModel;
import org.goodenough.ui.plan.PlanFormViewModel;
import org.goodenough.ui.reflection.ReflectionViewModel;

/**
 * The journal window's state: the three lists, which exposure is chosen, and the page beside
 * the lists (a detail view or one of the forms; {@code null} for the welcome page).
 */
public final class JournalViewModel implements Navigator {

    /** How many exposures each list shows at most. */
    static final int LIST_LIMIT = 500;

    private final ExposurePlanner planner;
    private final TaskRunner tasks;
    private final Path journalFile;
    private final Map<JournalSection, ObservableList<Exposure>> lists = new EnumMap<>(JournalSection.class);
    private final ObjectProperty<JournalSection> section = new SimpleObjectProperty<>(JournalSection.UPCOMING);
    private final ReadOnlyObjectWrapper<Object> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> chosenId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper leaving = new ReadOnlyBooleanWrapper(false);
    private Runnable pending;

    public JournalViewModel(ExposurePlanner planner, TaskRunner tasks, Path journalFile) {
        this.planner = planner;
        this.tasks = tasks;
        this.journalFile = journalFile;
        for (JournalSection each : JournalSection.values()) {
            lists.put(each, FXCollections.observableArrayList());
        }
    }

    /** Reads the lists from the journal. */
    public void load() {
        tasks.run(() -> {
            Map<JournalSection, List<Exposure>> read = new EnumMap<>(JournalSection.class);
            for (JournalSection each : JournalSection.values()) {
                read.put(each, planner.list(each, 0, LIST_LIMIT));
            }
            return read;
        }, read -> {
            read.forEach((each, exposures) -> lists.get(each).setAll(exposures));
            empty.set(read.values().stream().allMatch(List::isEmpty));
            loaded.set(true);
            message.set("");
        }, failure -> message.set(Failures.describe(failure)));
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
        go(() -> {
            chosenId.set(null);
            page.set(new PlanFormViewModel(planner, tasks, this, null));
        });
    }

    /** Shows an exposure chosen in a list. */
    public void choose(Exposure exposure) {
        if (page.get() instanceof ExposureDetailViewModel shown
                && shown.exposure().equals(exposure)) {
            return;
        }
        go(() -> {
            chosenId.set(exposure.id());
            page.set(new ExposureDetailViewModel(planner, tasks, this, exposure));
        });
    }

    @Override
    public void showExposure(Exposure exposure) {
        go(() -> {
            section.set(JournalSection.of(exposure.status()));
            chosenId.set(exposure.id());
            page.set(new ExposureDetailViewModel(planner, tasks, this, exposure));
            load();
        });
    }

    @Override
    public void editPlan(Exposure exposure) {
        go(() -> {
            section.set(JournalSection.of(exposure.status()));
            chosenId.set(exposure.id());
            page.set(new PlanFormViewModel(planner, tasks, this, exposure));
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
                page.set(null);
                return;
            }
            tasks.run(() -> planner.find(id), found -> page.set(found
                    .<Object>map(exposure -> new ExposureDetailViewModel(planner, tasks, this,
                            exposure))
                    .orElse(null)), failure -> {
                        page.set(null);
                        message.set(Failures.describe(failure));
                    });
        });
    }
}
