package org.goodenough.ui.common;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.goodenough.domain.Exposure;
import org.goodenough.planner.Field;
import org.goodenough.planner.InvalidInputException;

/**
 * What every form shares: inline problems per field, one message for
 * the form, and a save that runs off the FX thread and keeps the typed text when it fails.
 */
public abstract class FormViewModel {

    protected final TaskRunner tasks;
    protected final Navigator navigator;
    private final FieldProblems problems = new FieldProblems();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper problemsShown = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);

    protected FormViewModel(TaskRunner tasks, Navigator navigator) {
        this.tasks = tasks;
        this.navigator = navigator;
    }

    /** Marks the form as changed once any of {@code inputs} is edited after this call. */
    protected final void watch(Observable... inputs) {
        for (Observable input : inputs) {
            input.addListener(observable -> changed.set(true));
        }
    }

    /** Whether the person has typed something that is not saved yet. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public FieldProblems problems() {
        return problems;
    }

    /** A message about the whole form, such as a save that failed; empty when there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Counts the times problems were shown, so a view can take the person to the first. */
    public ReadOnlyIntegerProperty problemsShownProperty() {
        return problemsShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Saves through {@code work}; on success the journal shows what was saved. */
    protected void save(Callable<Exposure> work) {
        submit(work, saved -> {
            changed.set(false);
            saved(saved);
        });
    }

    /**
     * Runs {@code work} off the FX thread, one at a time, then hands its result to
     * {@code done}; problems with the input are shown beside their fields, and the typed
     * text stays in the form whatever goes wrong. Whether the form is saved is up to
     * {@code done} (see {@link #markSaved()}).
     */
    protected <T> void submit(Callable<T> work, Consumer<T> done) {
        if (saving.get()) {
            return;
        }
        saving.set(true);
        message.set("");
        tasks.run(work, result -> {
            saving.set(false);
            problems.clear();
            done.accept(result);
        }, failure -> {
            saving.set(false);
            if (failure instanceof InvalidInputException invalid) {
                problems.show(invalid.problems());
                List<String> elsewhere = invalid.problems().entrySet().stream()
                        .filter(problem -> !fieldsShown().contains(problem.getKey()))
                        .map(Map.Entry::getValue).toList();
                message.set(elsewhere.isEmpty()
                        ? "Nothing was saved yet. See the note beside the field."
                        : "Nothing was saved yet. " + String.join(" ", elsewhere));
                problemsShown.set(problemsShown.get() + 1);
            } else {
                problems.clear();
                message.set(Failures.describe(failure));
            }
        });
    }

    /** Tells the person something about the whole form, such as a read that failed. */
    protected void tell(String text) {
        message.set(text);
    }

    /** The text in the form is now saved, so leaving it asks nothing. */
    protected void markSaved() {
        changed.set(false);
    }

    /** The fields this form shows, so problems with any other are told in the form's message. */
    protected abstract Set<Field> fieldsShown();

    /** Where to go once saved; by default, the saved exposure. */
    protected void saved(Exposure exposure) {
        navigator.showExposure(exposure);
    }

    public void cancel() {
        navigator.back();
    }
}
