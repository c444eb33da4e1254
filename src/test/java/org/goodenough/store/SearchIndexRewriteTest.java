package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.goodenough.JournalCounts;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Reflection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The narrowest case the hostile-input run led to: with FTS5's 'secure-delete' on (SQLite
 * 3.54.1), a row deleted and written again in one transaction, as the triggers do on every
 * change of texts, with a word in it 128 times or more (its list of positions then needs a
 * longer length prefix), left the index out of step at the row's next change. integrity_check
 * then failed and the journal was refused as damaged. Migration 4 turned the option off.
 */
class SearchIndexRewriteTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    /** "the" 150 times: a coping plan of a few pages does that easily. */
    private static final String LONG_PLAN = "Breathe and let the moment pass. ".repeat(75);

    @TempDir
    Path folder;

    @Test
    void aPlanWithAWordUsedOftenCanBeChangedAndDeletedAndTheJournalStillOpens() {
        Path file = folder.resolve("journal.db");
        try (Journal journal = Journal.open(file)) {
            Exposure saved = journal.exposures().add(plan(LONG_PLAN), null, NOW);
            journal.exposures().updatePlan(saved.id(), plan(LONG_PLAN + " Again."), NOW.plusSeconds(60));
            journal.exposures().saveReflection(saved.id(), reflection(), NOW.plusSeconds(120));
            journal.exposures().delete(saved.id());
            journal.exposures().add(plan("Leave one dish unwashed"), null, NOW.plusSeconds(180));
        }
        try (JournalCounts counts = new JournalCounts(file)) {
            assertEquals(List.of("ok"), counts.integrity());
        }
        try (Journal reopened = Journal.open(file)) {
            assertEquals(1, reopened.exposures().count(JournalSection.UPCOMING));
        }
    }

    private static Plan plan(String copingPlan) {
        return new Plan("Send the update with a typo", null, null, null, null, null, null, null,
                null, null, copingPlan, null, null);
    }

    private static Reflection reflection() {
        return new Reflection(LONG_PLAN, null, null, null, null, null, null, NOW.plusSeconds(120));
    }
}
