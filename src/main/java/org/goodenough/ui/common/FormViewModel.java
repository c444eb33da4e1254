package org.goodenough.ui.common;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.goodenough.domain.Draft;
import org.goodenough.domain.Exposure;
import org.goodenough.planner.Field;
import org.goodenough.planner.InvalidInputException;
import org.goodenough.store.JournalMovedException;

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
    private final Map<String, DraftField> draftFields = new LinkedHashMap<>();
    private Runnable onEdit = () -> { };
    private final ReadOnlyStringWrapper draftNote = new ReadOnlyStringWrapper("");

    protected FormViewModel(TaskRunner tasks, Navigator navigator) {
        this.tasks = tasks;
        this.navigator = navigator;
    }

    /**
     * Marks the form as changed once {@code text} is edited after this call, and keeps its text
     * in the form's draft under {@code name}.
     */
    protected final void keep(String name, StringProperty text) {
        keep(name, text::get, text::set, text);
    }

    /** As {@link #keep(String, StringProperty)}, for a choice among {@code type}'s values. */
    protected final <E extends Enum<E>> void keep(String name, ObjectProperty<E> choice,
            Class<E> type) {
        keep(name, () -> choice.get() == null ? "" : choice.get().name(),
                text -> choice.set(text.isEmpty() ? null : valueOf(type, text)), choice);
    }

    /**
     * Keeps a value of the form in its draft: {@code read} gives it as text, {@code write} puts
     * such text back, and edits of {@code watched} mark the form as changed.
     */
    protected final <T> void keep(String name, Supplier<String> read, Consumer<String> write,
            ObservableValue<T> watched) {
        draftFields.put(name, new DraftField(read, write));
        watched.addListener((observable, old, now) -> {
            changed.set(true);
            onEdit.run();
        });
    }

    private record DraftField(Supplier<String> read, Consumer<String> write) {
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Which form this is, in a draft: {@code plan}, {@code reflection} and so on. */
    public abstract String draftForm();

    /** The id of the record this form changes, or null when it makes a new one. */
    public abstract Long draftSubject();

    /** What is in the form now, as a draft kept at {@code at}. */
    public Draft draft(Instant at) {
        Map<String, String> fields = new LinkedHashMap<>();
        draftFields.forEach((name, field) -> fields.put(name, field.read().get()));
        return new Draft(draftForm(), draftSubject(), at, fields);
    }

    /** Whether {@code draft} was written in this very form, for the same record. */
    public boolean holds(Draft draft) {
        return draft.form().equals(draftForm()) && Objects.equals(draft.subject(), draftSubject());
    }

    /** Puts a kept draft's text back in the form; the form then holds unsaved text. */
    public void resume(Draft draft) {
        draftFields.forEach((name, field) -> {
            String text = draft.fields().get(name);
            if (text != null) {
                field.write().accept(text);
            }
        });
        changed.set(true);
    }

    /** Whether the text typed is kept as a draft, and since when; empty before the first edit. */
    public ReadOnlyStringProperty draftNoteProperty() {
        return draftNote.getReadOnlyProperty();
    }

    void showDraftNotes(ObservableValue<String> notes) {
        draftNote.bind(notes);
    }

    /** Runs {@code edited} on the FX thread after each edit the person makes. */
    public void onEdit(Runnable edited) {
        this.onEdit = edited;
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

    /**
     * What this form saves, as the window names it when the journal answers with an error
     * ({@code common.failure.action.} followed by it); null says "that" in general.
     */
    protected String action() {
        return null;
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
                showProblems(invalid.problems());
            } else {
                problems.clear();
                message.set(Failures.describe(failure, action()));
                if (failure instanceof JournalMovedException moved) {
                    navigator.journalMoved(moved);
                }
            }
        });
    }

    /**
     * Shows each problem beside its field, and any about a field the form does not show in the
     * form's message; the typed text stays as it is.
     */
    protected void showProblems(Map<Field, String> found) {
        problems.show(found);
        List<String> elsewhere = found.entrySet().stream()
                .filter(problem -> !fieldsShown().contains(problem.getKey()))
                .map(Map.Entry::getValue).toList();
        message.set(elsewhere.isEmpty()
                ? Texts.get("common.nothingWasSavedYet")
                : Texts.format("common.nothingWasSavedYet2", String.join(" ", elsewhere)));
        problemsShown.set(problemsShown.get() + 1);
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
