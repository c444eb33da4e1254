package org.goodenough.ui.library;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.goodenough.domain.Category;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Stakes;
import org.goodenough.planner.Field;
import org.goodenough.planner.IdeaInput;
import org.goodenough.planner.IdeaLibrary;
import org.goodenough.ui.common.FormViewModel;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.common.Texts;

/** A form for an idea of the person's own: new, or one to change. */
public final class IdeaFormViewModel extends FormViewModel {

    private final IdeaLibrary library;
    private final Idea editing;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Stakes> stakes = new SimpleObjectProperty<>();
    private final StringProperty tip = new SimpleStringProperty("");

    public IdeaFormViewModel(IdeaLibrary library, TaskRunner tasks, Navigator navigator,
            Idea editing) {
        super(tasks, navigator);
        this.library = library;
        this.editing = editing;
        if (editing != null) {
            title.set(editing.title());
            category.set(editing.category());
            stakes.set(editing.stakes());
            tip.set(editing.tip() == null ? "" : editing.tip());
        }
        keep("title", title);
        keep("category", category, Category.class);
        keep("stakes", stakes, Stakes.class);
        keep("tip", tip);
    }

    @Override
    protected String action() {
        return "saveIdea";
    }

    @Override
    public String draftForm() {
        return "idea";
    }

    @Override
    public Long draftSubject() {
        return editing == null ? null : editing.ownId();
    }

    public String heading() {
        return editing == null ? Texts.get("library.addIdeaOwn") : Texts.get("library.changeIdea");
    }

    public void save() {
        IdeaInput input = new IdeaInput(title.get(), category.get(), stakes.get(), tip.get());
        submit(() -> editing == null ? library.add(input) : library.edit(editing, input), saved -> {
            markSaved();
            navigator.back();
        });
    }

    @Override
    protected Set<Field> fieldsShown() {
        return EnumSet.of(Field.IDEA_TITLE, Field.IDEA_TIP);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<Stakes> stakesProperty() {
        return stakes;
    }

    public StringProperty tipProperty() {
        return tip;
    }
}
