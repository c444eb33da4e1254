package org.goodenough.ui.ladder;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.goodenough.domain.Ladder;
import org.goodenough.planner.Field;
import org.goodenough.planner.LadderInput;
import org.goodenough.planner.LadderPlanner;
import org.goodenough.ui.common.FormViewModel;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.common.Texts;

/** A form for a ladder: its name, the belief it tests, and how strongly that is held. */
public final class LadderFormViewModel extends FormViewModel {

    private final LadderPlanner planner;
    private final Ladder editing;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty belief = new SimpleStringProperty("");
    private final StringProperty strength = new SimpleStringProperty("");

    public LadderFormViewModel(LadderPlanner planner, TaskRunner tasks, Navigator navigator,
            Ladder editing) {
        super(tasks, navigator);
        this.planner = planner;
        this.editing = editing;
        if (editing != null) {
            name.set(editing.name());
            belief.set(editing.belief() == null ? "" : editing.belief());
            strength.set(editing.beliefStrength() == null ? ""
                    : Integer.toString(editing.beliefStrength().value()));
        }
        keep("name", name);
        keep("belief", belief);
        keep("strength", strength);
    }

    @Override
    protected String action() {
        return "saveLadder";
    }

    @Override
    public String draftForm() {
        return "ladder";
    }

    @Override
    public Long draftSubject() {
        return editing == null ? null : editing.id();
    }

    public String heading() {
        return editing == null ? Texts.get("ladder.newLadder") : Texts.get("ladder.changeLadder");
    }

    public boolean isNew() {
        return editing == null;
    }

    public void save() {
        LadderInput input = new LadderInput(name.get(), belief.get(), strength.get());
        submit(() -> editing == null ? planner.create(input) : planner.edit(editing.id(), input),
                saved -> {
                    markSaved();
                    navigator.showLadder(saved.id());
                });
    }

    @Override
    protected Set<Field> fieldsShown() {
        return EnumSet.of(Field.LADDER_NAME, Field.BELIEF, Field.BELIEF_STRENGTH);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty beliefProperty() {
        return belief;
    }

    public StringProperty strengthProperty() {
        return strength;
    }
}
