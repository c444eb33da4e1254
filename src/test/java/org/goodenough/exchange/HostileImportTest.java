package org.goodenough.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goodenough.DayClock;
import org.goodenough.HostileRun;
import org.goodenough.HostileText;
import org.goodenough.JournalCounts;
import org.goodenough.domain.ImportCount;
import org.goodenough.domain.Progress;
import org.goodenough.exchange.ExportMutations.Expect;
import org.goodenough.exchange.ExportMutations.Mutated;
import org.goodenough.planner.JournalSession;
import org.goodenough.store.Journal;
import org.goodenough.ui.common.Failures;
import org.goodenough.ui.common.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports thousands of spoiled exports: bytes flipped, cut, doubled or inserted, and values
 * replaced by other types, huge numbers, deep nesting, hostile text, missing, doubled or
 * unknown fields, swapped and dangling ids. Each file is refused with a message that says where,
 * leaving the journal as it was, or taken whole: every new record then reads back as the file
 * has it, and the counts add up. No other exception is allowed.
 *
 * <p>{@code -Dhostile.seed=N} (or {@code random}) and {@code -Dhostile.import.cases=N} change
 * the run; a failure names the seed and the case.
 */
class HostileImportTest {

    private static final int CASES = HostileRun.cases("hostile.import.cases", 10_000);
    /** How many files are imported into one journal before the next starts from the template. */
    private static final int IMPORTS_PER_JOURNAL = 25;
    private static final Pattern UID = Pattern.compile(
            "\"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"");

    @TempDir
    Path folder;
    private Target target;
    private int journals;

    @Test
    void everySpoiledExportIsRefusedWithWhereOrImportedWhole() throws IOException {
        long seed = HostileRun.seed();
        long started = System.nanoTime();
        Random random = new Random(seed);
        HostileText text = new HostileText(random);
        List<String> bases = sameIdsEveryRun(bases(text), random);
        Path template = template(bases.get(0));
        ExportMutations mutations = new ExportMutations(random, text);
        Path file = folder.resolve("spoiled.json");
        int accepted = 0;
        int refused = 0;
        target = new Target(template, folder.resolve("target-0.db"));
        try {
            for (int i = 0; i < CASES; i++) {
                String base = bases.get(random.nextInt(bases.size()));
                String json = random.nextBoolean() ? base : withNewIds(base, "-" + i);
                Mutated spoiled = mutations.spoil(json);
                Files.write(file, spoiled.bytes());
                try {
                    if (target.tryImport(file, spoiled)) {
                        accepted++;
                    } else {
                        refused++;
                    }
                    if (target.imports >= IMPORTS_PER_JOURNAL) {
                        target.closeChecked();
                        target = new Target(template, folder.resolve("target-" + ++journals + ".db"));
                    }
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("import case " + i + " of seed " + seed + " failed (run"
                            + " again with -Dhostile.seed=" + seed + "): " + e.getMessage() + "\n file: "
                            + spoiled.what() + " (" + spoiled.expect() + ")", e);
                }
            }
            target.closeChecked();
        } finally {
            target.close();
        }
        System.out.printf("import: %d cases, %d imported, %d refused, seed %d (%d journals; %.1f s)%n",
                CASES, accepted, refused, seed, journals + 1, (System.nanoTime() - started) / 1e9);
    }

    /** Valid exports to spoil: a rich journal, one ladder of it, and hostile but keepable text. */
    private List<String> bases(HostileText text) {
        List<String> bases = new ArrayList<>();
        try (Journal rich = Journal.open(folder.resolve("rich.db"))) {
            RichJournal.fill(rich);
            bases.add(RichJournal.json(rich));
            long ladder = rich.ladders().all().get(0).id();
            bases.add(RichJournal.exported(rich, ExportFormat.JSON, ladder));
        }
        try (Journal hostile = Journal.open(folder.resolve("hostile-text.db"))) {
            HostileJournal.fill(hostile, text);
            bases.add(RichJournal.json(hostile));
        }
        return bases;
    }

    /**
     * The journal gives its records random UUIDs; the bases get ones from the seed instead, so
     * that a seed spoils the same bytes on every run.
     */
    private static List<String> sameIdsEveryRun(List<String> bases, Random random) {
        Map<String, String> ids = new HashMap<>();
        return bases.stream().map(json -> UID.matcher(json).replaceAll(match -> "\""
                + ids.computeIfAbsent(match.group(1),
                        id -> new UUID(random.nextLong(), random.nextLong()).toString()) + "\""))
                .toList();
    }

    /** An empty journal that then imported the first base, so its ids are known. */
    private Path template(String base) throws IOException {
        Path template = folder.resolve("template.db");
        Path file = folder.resolve("base.json");
        Files.writeString(file, base);
        try (Journal journal = Journal.open(template)) {
            JournalImport importer = new JournalImport(journal.transfer());
            importer.apply(importer.prepare(file, Progress.NONE), Progress.NONE);
        }
        return template;
    }

    /** The same export with every id changed, so that all its records are new to a journal. */
    private static String withNewIds(String json, String suffix) {
        Matcher uid = UID.matcher(json);
        return uid.replaceAll(match -> Matcher.quoteReplacement("\"" + match.group(1) + suffix + "\""));
    }

    /** The journal spoiled files are imported into, with the records it should hold. */
    private static final class Target implements AutoCloseable {

        private final Path file;
        private final JournalSession session;
        private final JournalCounts counts;
        private final JournalRecords expected;
        private final LaterDoors doors;
        private boolean closed;
        int imports;

        Target(Path template, Path file) throws IOException {
            this.file = file;
            Files.copy(template, file, StandardCopyOption.REPLACE_EXISTING);
            session = JournalSession.open(file, new DayClock("2026-11-23T09:00:00Z"));
            counts = new JournalCounts(file);
            expected = JournalRecords.of(export());
            doors = new LaterDoors(session);
        }

        /** Imports {@code spoiled}; returns whether it was taken. */
        boolean tryImport(Path spoiledFile, Mutated spoiled) {
            JournalCounts.Counts before = counts.now();
            ImportPreview preview;
            try {
                preview = session.importer().prepare(spoiledFile, Progress.NONE);
            } catch (ImportRefusedException refusal) {
                checkRefusal(spoiled, refusal);
                assertEquals(before, counts.now(), "a refused file changed the journal");
                return false;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("the import crashed: " + e, e);
            }
            if (spoiled.expect() == Expect.REFUSE) {
                throw new AssertionError("a file that should be refused was taken: " + preview.summary());
            }
            JournalRecords inFile = JournalRecords.of(spoiled.bytes());
            ImportCount count;
            try {
                count = session.importer().apply(preview, Progress.NONE);
            } catch (RuntimeException e) {
                throw new AssertionError("a file the import took could not be written: " + e, e);
            }
            int[] added = expected.add(inFile);
            assertEquals(new ImportCount(added[0], added[1], added[2], added[3],
                    preview.content().size() - added[0] - added[1] - added[2] - added[3]), count,
                    "what the import says it added");
            assertEquals(List.of(added[0], added[1], added[2]), List.of(preview.newLadders(),
                    preview.newExposures(), preview.newIdeas()), "what the preview said was new");
            String difference = expected.differenceFrom(JournalRecords.of(export()));
            if (difference != null) {
                throw new AssertionError("the journal does not hold what the file did: " + difference);
            }
            doors.visit();
            imports++;
            return true;
        }

        private static void checkRefusal(Mutated spoiled, ImportRefusedException refusal) {
            if (spoiled.expect() == Expect.ACCEPT) {
                throw new AssertionError("a sound file was refused: " + refusal.getMessage(), refusal);
            }
            String message = refusal.getMessage();
            boolean whole = message.startsWith("The file is empty")
                    || message.contains("not written in UTF-8");
            boolean where = refusal.place().line() > 0 || !refusal.place().path().isEmpty();
            if (message.isBlank() || !(where || whole) || message.contains("Exception")) {
                throw new AssertionError("a refusal that does not say where: " + message, refusal);
            }
            // The window words it from its reason: in English as the message says it, in German
            // in German words.
            String english = worded(refusal, Locale.ENGLISH);
            if (!english.equals(message)) {
                throw new AssertionError("the window words \"" + message + "\" as \"" + english
                        + "\"", refusal);
            }
            String german = worded(refusal, Locale.GERMAN);
            if (german.equals(message) || (where && !german.startsWith("Zeile ")
                    && !german.startsWith("Bei "))) {
                throw new AssertionError("not said in German: " + german, refusal);
            }
        }

        private static String worded(ImportRefusedException refusal, Locale language) {
            Locale before = Texts.locale();
            Texts.use(language);
            try {
                return Failures.describe(refusal);
            } finally {
                Texts.use(before);
            }
        }

        private byte[] export() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                session.export().write(ExportFormat.JSON, null, out, Progress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        void closeChecked() {
            assertEquals(List.of("ok"), counts.integrity(), "the journal after its imports");
            counts.checkSearchIndex();
            JournalCounts.Counts now = counts.now();
            assertEquals(now.exposures(), now.searchRows(), "search rows for every exposure");
            close();
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                counts.close();
                session.close();
            }
        }
    }
}
