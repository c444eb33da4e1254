package org.goodenough.ui.doing;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Suds;
import org.goodenough.planner.DistressInput;
import org.goodenough.planner.ExposurePlanner;
import org.goodenough.planner.Field;
import org.goodenough.ui.common.FormViewModel;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.TaskRunner;

/** The "I did it" step: distress before, at its peak and after, each optional. */
public final class DidItViewModel extends FormViewModel {

    private final ExposurePlanner planner;
    private final Exposure exposure;
    private final StringProperty before = new SimpleStringProperty("");
    private final StringProperty peak = new SimpleStringProperty("");
    private final StringProperty after = new SimpleStringProperty("");

    public DidItViewModel(ExposurePlanner planner, TaskRunner tasks, Navigator navigator,
            Exposure exposure) {
        super(tasks, navigator);
        this.planner = planner;
        this.exposure = exposure;
        Distress distress = exposure.distress();
        before.set(text(distress.before()));
        peak.set(text(distress.peak()));
        after.set(text(distress.after()));
        keep("before", before);
        keep("peak", peak);
        keep("after", after);
    }

    @Override
    protected String action() {
        return "saveDoing";
    }

    @Override
    protected Set<Field> fieldsShown() {
        return EnumSet.of(Field.DISTRESS_BEFORE, Field.DISTRESS_PEAK, Field.DISTRESS_AFTER);
    }

    @Override
    public String draftForm() {
        return "did-it";
    }

    @Override
    public Long draftSubject() {
        return exposure.id();
    }

    public Exposure exposure() {
        return exposure;
    }

    /** Marks it done with the ratings given, then goes on to the reflection. */
    public void save() {
        DistressInput input = new DistressInput(before.get(), peak.get(), after.get());
        save(() -> planner.markDone(exposure.id(), input));
    }

    @Override
    protected void saved(Exposure done) {
        navigator.showReflection(done);
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

    private static String text(Suds suds) {
        return suds == null ? "" : Integer.toString(suds.value());
    }
}
