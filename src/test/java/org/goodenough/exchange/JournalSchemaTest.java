package org.goodenough.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.goodenough.domain.Ladder;
import org.goodenough.store.Journal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the app exports is what docs/journal.schema.json describes. */
class JournalSchemaTest {

    private static final Path SCHEMA = Path.of("docs", "journal.schema.json");
    private static Schema schema;

    @TempDir
    Path folder;

    @BeforeAll
    static void readSchema() throws Exception {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
        schema = registry.getSchema(SchemaLocation.of(SCHEMA.toAbsolutePath().toUri().toString()),
                Files.readString(SCHEMA), InputFormat.JSON);
    }

    @Test
    void aRichJournalExportMatchesTheSchema() throws Exception {
        try (Journal journal = Journal.open(folder.resolve("rich.db"))) {
            RichJournal.fill(journal);
            assertEquals(List.of(), problems(RichJournal.json(journal)));
        }
    }

    @Test
    void aLadderExportAndAnEmptyOneMatchTheSchema() throws Exception {
        try (Journal journal = Journal.open(folder.resolve("rich.db"))) {
            assertEquals(List.of(), problems(RichJournal.json(journal)));
            RichJournal.fill(journal);
            for (Ladder ladder : journal.ladders().all()) {
                assertEquals(List.of(), problems(RichJournal.exported(journal, ExportFormat.JSON,
                        ladder.id())));
            }
        }
    }

    @Test
    void theSchemaRefusesWhatTheImportRefuses() throws Exception {
        try (Journal journal = Journal.open(folder.resolve("rich.db"))) {
            RichJournal.fill(journal);
            String json = RichJournal.json(journal);
            assertFalse(problems(json.replaceFirst("\"likelihood\": 70", "\"likelihood\": 140"))
                    .isEmpty());
            assertFalse(problems(json.replaceFirst("\"status\": \"DONE\"", "\"status\": \"OVER\""))
                    .isEmpty());
        }
    }

    private static List<String> problems(String json) throws Exception {
        List<Error> errors = schema.validate(new ObjectMapper().readTree(json));
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
