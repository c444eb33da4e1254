package org.goodenough.ui.library;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.goodenough.domain.Category;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.IdeaFilter;
import org.goodenough.planner.IdeaLibrary;
import org.goodenough.planner.JournalPreferences;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.common.Texts;
import org.goodenough.ui.common.Wording;

/**
 * The idea library: browse by category and stakes, search as you type, plan an idea, hide
 * one, or add one's own.
 */
public final class LibraryViewModel {

    private final IdeaLibrary library;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final Ladder forLadder;
    private final ObservableList<Idea> all = FXCollections.observableArrayList();
    private final FilteredList<Idea> shown = new FilteredList<>(all, idea -> !idea.hidden());
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Stakes> stakes = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty withHidden = new SimpleBooleanProperty(false);
    private final ObjectProperty<Idea> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty pacing = new SimpleBooleanProperty(true);
    private final JournalPreferences preferences;
    private boolean readingPacing;

    public LibraryViewModel(IdeaLibrary library, JournalPreferences preferences, TaskRunner tasks,
            Navigator navigator, Ladder forLadder) {
        this.library = library;
        this.preferences = preferences;
        this.tasks = tasks;
        this.navigator = navigator;
        this.forLadder = forLadder;
        category.addListener(observable -> refilter());
        stakes.addListener(observable -> refilter());
        search.addListener(observable -> refilter());
        withHidden.addListener(observable -> refilter());
        reload();
        tasks.run(preferences::pacingSuggestions, on -> {
            readingPacing = true;
            pacing.set(on);
            readingPacing = false;
        }, failure -> message.set(Failures.describe(failure)));
        pacing.addListener((observable, old, on) -> {
            if (!readingPacing) {
                tasks.run(() -> {
                    preferences.setPacingSuggestions(on);
                    return on;
                }, saved -> { }, failure -> message.set(Failures.describe(failure)));
            }
        });
    }

    /** Whether a smaller step is suggested before a big jump, for this journal. */
    public BooleanProperty pacingProperty() {
        return pacing;
    }

    private void reload() {
        tasks.run(library::all, ideas -> {
            Idea was = chosen.get();
            all.setAll(ideas);
            if (was != null) {
                chosen.set(all.stream().filter(idea -> idea.key().equals(was.key()))
                        .findFirst().orElse(null));
            }
        }, failure -> message.set(Failures.describe(failure)));
    }

    private void refilter() {
        IdeaFilter filter = new IdeaFilter(category.get(), stakes.get(), search.get(),
                withHidden.get());
        shown.setPredicate(filter::matches);
    }

    /** The ideas that match what the person is looking for. */
    public ObservableList<Idea> shown() {
        return shown;
    }

    /** "24 ideas", or a hint when none match. */
    public StringBinding countText() {
        return Bindings.createStringBinding(() -> switch (shown.size()) {
            case 0 -> all.isEmpty() ? "" : Texts.get("library.noIdeasMatchTry");
            case 1 -> Texts.get("library.1Idea");
            default -> Texts.format("library.ideas3", Wording.count(shown.size()));
        }, shown, all);
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<Stakes> stakesProperty() {
        return stakes;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty withHiddenProperty() {
        return withHidden;
    }

    /** The idea chosen in the list, or {@code null}. */
    public ObjectProperty<Idea> chosenProperty() {
        return chosen;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The ladder that "Plan this" adds to, or {@code null}. */
    public Ladder forLadder() {
        return forLadder;
    }

    /** Opens the plan form pre-filled from the chosen idea. */
    public void planThis() {
        if (chosen.get() != null) {
            navigator.planFrom(chosen.get(), forLadder);
        }
    }

    /** Hides the chosen idea, or brings a hidden one back. Nothing is ever deleted. */
    public void toggleHidden() {
        Idea idea = chosen.get();
        if (idea == null) {
            return;
        }
        message.set("");
        tasks.run(() -> library.hide(idea, !idea.hidden()), changed -> {
            message.set(changed.hidden()
                    ? Texts.format("library.hiddenTickShowHidden", changed.title())
                    : Texts.format("library.backLibrary", changed.title()));
            reload();
        }, failure -> message.set(Failures.describe(failure)));
    }

    public void addOwn() {
        navigator.editIdea(null);
    }

    /** Opens one of the person's own ideas to change it. */
    public void editChosen() {
        if (chosen.get() != null && chosen.get().own()) {
            navigator.editIdea(chosen.get());
        }
    }

    public void back() {
        if (forLadder != null) {
            navigator.showLadder(forLadder.id());
        } else {
            navigator.back();
        }
    }
}
