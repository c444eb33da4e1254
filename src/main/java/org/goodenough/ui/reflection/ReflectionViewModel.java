package org.goodenough.ui.reflection;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Reflection;
import org.goodenough.planner.ExposurePlanner;
import org.goodenough.planner.Field;
import org.goodenough.planner.ReflectionInput;
import org.goodenough.ui.common.FormViewModel;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;

/** The reflection: what happened and the four questions, beside the person's own plan. */
public final class ReflectionViewModel extends FormViewModel {

    private final ExposurePlanner planner;
    private final Exposure exposure;
    private final StringProperty whatHappened = new SimpleStringProperty("");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty felt = new SimpleStringProperty("");
    private final StringProperty worse = new SimpleStringProperty("");
    private final StringProperty better = new SimpleStringProperty("");
    private final StringProperty learned = new SimpleStringProperty("");
    private final StringProperty likelihoodAfter = new SimpleStringProperty("");

    public ReflectionViewModel(ExposurePlanner planner, TaskRunner tasks, Navigator navigator,
            Exposure exposure) {
        super(tasks, navigator);
        this.planner = planner;
        this.exposure = exposure;
        Reflection reflection = exposure.reflection();
        if (reflection != null) {
            whatHappened.set(orEmpty(reflection.whatHappened()));
            outcome.set(reflection.outcome());
            felt.set(orEmpty(reflection.felt()));
            worse.set(orEmpty(reflection.worse()));
            better.set(orEmpty(reflection.better()));
            learned.set(orEmpty(reflection.learned()));
            likelihoodAfter.set(reflection.likelihoodAfter() == null ? ""
                    : Integer.toString(reflection.likelihoodAfter().value()));
        }
        keep("whatHappened", whatHappened);
        keep("outcome", outcome, Outcome.class);
        keep("felt", felt);
        keep("worse", worse);
        keep("better", better);
        keep("learned", learned);
        keep("likelihoodAfter", likelihoodAfter);
    }

    @Override
    protected String action() {
        return "saveReflection";
    }

    @Override
    protected Set<Field> fieldsShown() {
        return EnumSet.of(Field.WHAT_HAPPENED, Field.FELT, Field.WORSE, Field.BETTER, Field.LEARNED,
                Field.LIKELIHOOD_AFTER);
    }

    @Override
    public String draftForm() {
        return "reflection";
    }

    @Override
    public Long draftSubject() {
        return exposure.id();
    }

    /** The exposure reflected on, whose plan and prediction are shown beside the questions. */
    public Exposure exposure() {
        return exposure;
    }

    /** Saves whatever has been answered; a partial reflection is fine. */
    public void save() {
        ReflectionInput input = new ReflectionInput(whatHappened.get(), outcome.get(), felt.get(),
                worse.get(), better.get(), learned.get(), likelihoodAfter.get());
        save(() -> planner.reflect(exposure.id(), input));
    }

    /** Leaves the reflection for later, showing the exposure as it is. */
    @Override
    public void cancel() {
        navigator.showExposure(exposure);
    }

    public StringProperty whatHappenedProperty() {
        return whatHappened;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty feltProperty() {
        return felt;
    }

    public StringProperty worseProperty() {
        return worse;
    }

    public StringProperty betterProperty() {
        return better;
    }

    public StringProperty learnedProperty() {
        return learned;
    }

    public StringProperty likelihoodAfterProperty() {
        return likelihoodAfter;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
