package org.goodenough.ui.guide;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.goodenough.domain.Outcome;
import org.goodenough.planner.DistressInput;
import org.goodenough.planner.ReflectionInput;

/**
 * What the guide asks once the mistake is made: the distress ratings of "I did it" and the
 * answers of the reflection, read as the same inputs those forms give the planner.
 */
public final class OutcomeAnswers {

    private final StringProperty before = new SimpleStringProperty("");
    private final StringProperty peak = new SimpleStringProperty("");
    private final StringProperty after = new SimpleStringProperty("");
    private final StringProperty whatHappened = new SimpleStringProperty("");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty felt = new SimpleStringProperty("");
    private final StringProperty worse = new SimpleStringProperty("");
    private final StringProperty better = new SimpleStringProperty("");
    private final StringProperty learned = new SimpleStringProperty("");
    private final StringProperty likelihoodAfter = new SimpleStringProperty("");

    /** The texts, by the names their drafts keep them under (the forms' names). */
    Map<String, StringProperty> texts() {
        Map<String, StringProperty> texts = new LinkedHashMap<>();
        texts.put("before", before);
        texts.put("peak", peak);
        texts.put("after", after);
        texts.put("whatHappened", whatHappened);
        texts.put("felt", felt);
        texts.put("worse", worse);
        texts.put("better", better);
        texts.put("learned", learned);
        texts.put("likelihoodAfter", likelihoodAfter);
        return texts;
    }

    DistressInput distress() {
        return new DistressInput(before.get(), peak.get(), after.get());
    }

    ReflectionInput reflection() {
        return new ReflectionInput(whatHappened.get(), outcome.get(), felt.get(), worse.get(),
                better.get(), learned.get(), likelihoodAfter.get());
    }

    /** Whether anything of the reflection is answered yet. */
    boolean reflected() {
        return outcome.get() != null || texts().entrySet().stream()
                .filter(entry -> !entry.getKey().matches("before|peak|after"))
                .anyMatch(entry -> !entry.getValue().get().isBlank());
    }

    public StringProperty beforeProperty() {
        return before;
    }

    public StringProperty peakProperty() {
        return peak;
    }

    public StringProperty afterProperty() {
        return after;
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
}
