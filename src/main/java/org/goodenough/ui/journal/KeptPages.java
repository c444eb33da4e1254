package org.goodenough.ui.journal;

import java.time.Clock;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.goodenough.planner.JournalSession;
import org.goodenough.ui.common.Navigator;
import org.goodenough.ui.common.Refreshable;
import org.goodenough.ui.common.TaskRunner;
import org.goodenough.ui.data.YourDataViewModel;
import org.goodenough.ui.insights.InsightsViewModel;
import org.goodenough.ui.search.SearchViewModel;
import org.goodenough.ui.settings.SettingsViewModel;
import org.goodenough.ui.timeline.LearningTimelineViewModel;

/**
 * The pages kept while the window is open: Insights, What I learned, Search, Your data and the
 * settings. Coming back to one finds the person's choices (words, filters, period) as they
 * left them, read afresh from the journal; each is made on its first visit.
 */
final class KeptPages {

    private final JournalSession session;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final SettingsViewModel settings;
    private InsightsViewModel insights;
    private LearningTimelineViewModel learned;
    private SearchViewModel search;
    private YourDataViewModel data;

    /** @param settings the app's settings, or null for a window without them */
    KeptPages(JournalSession session, TaskRunner tasks, Navigator navigator,
            SettingsViewModel settings) {
        this.session = session;
        this.tasks = tasks;
        this.navigator = navigator;
        this.settings = settings;
    }

    InsightsViewModel insights() {
        insights = visit(insights, () -> new InsightsViewModel(session, tasks));
        return insights;
    }

    LearningTimelineViewModel learned() {
        learned = visit(learned, () -> new LearningTimelineViewModel(session, tasks, navigator));
        return learned;
    }

    SearchViewModel search() {
        search = visit(search, () -> new SearchViewModel(session, tasks, navigator));
        return search;
    }

    YourDataViewModel data() {
        data = visit(data, () -> new YourDataViewModel(session, tasks, navigator,
                Platform::runLater, Clock.systemDefaultZone()));
        return data;
    }

    /** The app's settings, or null for a window without them; they are never read afresh. */
    SettingsViewModel settings() {
        return settings;
    }

    /** Whether {@code page} is one of these. */
    boolean keeps(Object page) {
        return page != null && (page == insights || page == learned || page == search
                || page == data || page == settings);
    }

    /** The page kept from an earlier visit, read afresh, or a new one on the first visit. */
    private static <T extends Refreshable> T visit(T page, Supplier<T> create) {
        if (page == null) {
            return create.get();
        }
        page.refresh();
        return page;
    }
}
