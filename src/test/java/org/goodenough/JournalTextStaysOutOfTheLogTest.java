package org.goodenough;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.goodenough.domain.Category;
import org.goodenough.domain.Draft;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureFilter;
import org.goodenough.domain.Idea;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.Progress;
import org.goodenough.domain.Stakes;
import org.goodenough.exchange.ExportFormat;
import org.goodenough.exchange.JournalImport;
import org.goodenough.planner.DistressInput;
import org.goodenough.planner.IdeaFilter;
import org.goodenough.planner.IdeaInput;
import org.goodenough.planner.InsightRequest;
import org.goodenough.planner.JournalBackups;
import org.goodenough.planner.JournalSession;
import org.goodenough.planner.LadderInput;
import org.goodenough.planner.PlanInput;
import org.goodenough.planner.ReflectionInput;
import org.goodenough.store.Backup;
import org.goodenough.ui.common.Failures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A realistic journey through the planner, export and import, backups, a damaged journal and
 * failures of every kind, with one made-up word in every text a person writes or a file holds.
 * Everything logged at INFO or above, by Good Enough and by the SQLite driver, is captured as
 * logback receives it: no message, argument, or error (its causes and suppressed ones
 * included) may hold that word. A failure is handled as the UI handles it, through
 * {@link Failures}.
 */
class JournalTextStaysOutOfTheLogTest {

    /** A word no log line of ours could hold by chance. */
    private static final String WORD = "Quillomantic";

    @TempDir
    Path folder;
    private final DayClock clock = new DayClock("2026-11-02T09:00:00Z");
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
    private Logger root;
    private Level rootLevel;

    @BeforeEach
    void captureTheLog() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.INFO);
        // The test's console would otherwise show every deliberate failure below.
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            detached.add(it.next());
        }
        detached.forEach(root::detachAppender);
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void restoreTheLog() {
        root.detachAppender(captured);
        captured.stop();
        detached.forEach(root::addAppender);
        root.setLevel(rootLevel);
    }

    @Test
    void noJournalTextReachesTheLog() throws Exception {
        Path journal = folder.resolve("journal.db");
        Path exported;
        try (JournalSession session = JournalSession.open(journal, clock)) {
            exported = writeAJournal(session);
            failAsAPersonMight(session);
        }
        importAndRefuse(exported);
        damageAndRestore(journal);
        unexpectedErrors();

        assertLogged("Journal opened at schema version", Level.INFO);
        assertLogged("Unexpected failure", Level.ERROR);
        assertTrue(captured.list.stream().anyMatch(event -> event.getThrowableProxy() != null
                && text(event).contains("NumberFormatException")
                && text(event).contains("at java.base/java.lang.Integer.parseInt")),
                "the unexpected error is still logged with its class and stack");
        for (ILoggingEvent event : captured.list) {
            if (event.getLevel().isGreaterOrEqual(Level.INFO)) {
                assertFalse(text(event).toLowerCase(Locale.ROOT).contains(WORD.toLowerCase(Locale.ROOT)),
                        () -> "journal text in the log: " + text(event));
            }
        }
    }

    /**
     * Plans, edits, does and reflects; ladders, pacing, own ideas, drafts, search, insights,
     * backups and every export format.
     */
    private Path writeAJournal(JournalSession session) {
        Ladder ladder = session.ladders().create(new LadderInput(WORD + " ladder",
                "If I slip, people think " + WORD, "80"));
        session.ladders().edit(ladder.id(), new LadderInput(WORD + " ladder, renamed",
                "If I slip, people think " + WORD, "75"));
        session.ladders().rateBelief(ladder.id(), "60");

        Exposure planned = session.planner().plan(plan("Send the " + WORD + " email", ladder.id()));
        planned = session.planner().edit(planned.id(), plan("Send the " + WORD + " email, typo in",
                ladder.id()));
        session.planner().markDone(planned.id(), new DistressInput("40", "70", "20"));
        session.planner().reflect(planned.id(), reflection());
        Exposure again = session.planner().repeat(planned.id());
        session.planner().markDone(again.id(), new DistressInput("30", "50", "10"));
        session.planner().reflect(again.id(), reflection());
        Exposure standing = session.planner().plan(plan("Leave the " + WORD + " bed unmade", null));
        session.ladders().add(ladder.id(), standing.id());
        session.ladders().move(ladder.id(), standing.seriesId(), -1);
        session.ladders().orderByDistress(ladder.id());
        session.ladders().climbFrom(planned);
        session.planner().notNow(standing.id());
        session.planner().planAgain(standing.id());
        session.pacing().adviceFor(session.planner().checked(plan("Speak up at the " + WORD
                + " meeting", ladder.id())));

        Idea own = session.library().add(new IdeaInput(WORD + " idea", Category.SOCIAL, Stakes.LOW,
                "Ask the " + WORD + " question"));
        own = session.library().edit(own, new IdeaInput(WORD + " idea, plainer", Category.SOCIAL,
                Stakes.MEDIUM, "Ask it once"));
        session.library().hide(own, true);
        session.library().find(new IdeaFilter(null, null, WORD, true));

        session.drafts().keep(new Draft("plan", null, Instant.parse("2026-11-02T10:00:00Z"),
                Map.of("mistake", WORD + " draft")));
        session.drafts().find();
        session.drafts().discard();

        session.search().find(ExposureFilter.any().withWords(WORD), 50);
        session.search().find(ExposureFilter.any().withWords(WORD + " \"(* OR NEAR"), 50);
        session.insights().report(InsightRequest.allTime());
        session.insights().repeats(planned.seriesId(), InsightRequest.allTime());
        session.insights().learned(InsightRequest.allTime(), true, 0, 50);

        session.backups().backUpNow();
        session.backups().dailyIfDue();
        session.backups().list();

        for (ExportFormat format : ExportFormat.values()) {
            session.export().export(format, null, folder.resolve("export." + format.extension()),
                    Progress.NONE);
        }
        session.export().export(ExportFormat.JSON, ladder.id(), folder.resolve("ladder.json"),
                Progress.NONE);
        return folder.resolve("export.json");
    }

    /** Invalid input with text in it, and work the journal's state does not allow. */
    private void failAsAPersonMight(JournalSession session) {
        handled(() -> session.planner().plan(new PlanInput(WORD.repeat(200), null, null, WORD,
                WORD + " o'clock", WORD, WORD, WORD + " %", WORD, WORD, WORD, WORD, null)));
        handled(() -> session.ladders().create(new LadderInput("", WORD, WORD)));
        Exposure planned = session.planner().plan(plan(WORD + " plan", null));
        handled(() -> session.planner().reflect(planned.id(), reflection()));
        handled(() -> session.ladders().rateBelief(Long.MAX_VALUE, WORD));
        session.planner().delete(session.planner().askToDelete(planned.id()));
        handled(() -> session.planner().edit(planned.id(), plan(WORD + " again", null)));
        handled(() -> session.planner().markDone(planned.id(), new DistressInput(WORD, WORD, WORD)));
        Path notAFolder = folder.resolve("a-file");
        handled(() -> {
            Files.writeString(notAFolder, WORD);
            session.export().export(ExportFormat.CSV, null, notAFolder.resolve("export.csv"),
                    Progress.NONE);
            return null;
        });
    }

    /** A whole import, then files holding the word where they are refused. */
    private void importAndRefuse(Path exported) throws Exception {
        String json = Files.readString(exported);
        assertTrue(json.contains(WORD));
        try (JournalSession other = JournalSession.open(folder.resolve("other.db"), clock)) {
            JournalImport importer = other.importer();
            importer.apply(importer.prepare(exported, Progress.NONE), Progress.NONE);
            List<String> refused = List.of(
                    json.replaceFirst("\"likelihood\": 70", "\"likelihood\": 140"),
                    json.replaceFirst("\"stakes\": \"MEDIUM\"", "\"stakes\": \"" + WORD + "\""),
                    json.replaceFirst("\"likelihood\": 70", "\"likelihood\": " + WORD),
                    json.replaceFirst("\\{", "{\"" + WORD + "\": 1,"),
                    json.replaceFirst("\"mistake\": \"", "\"mistake\": \"\\\\" + WORD),
                    json.substring(0, json.indexOf(WORD) + WORD.length()),
                    "Dear diary, " + WORD + " again.");
            int quoted = 0;
            for (int i = 0; i < refused.size(); i++) {
                Path file = Files.writeString(folder.resolve("refused-" + i + ".json"),
                        refused.get(i), StandardCharsets.UTF_8);
                String shown = handled(() -> importer.prepare(file, Progress.NONE));
                quoted += shown.contains(WORD) ? 1 : 0;
            }
            assertTrue(quoted >= 2, "the refusals shown to the person quote the file; the log must not");
            handled(() -> importer.prepare(folder.resolve("no such file.json"), Progress.NONE));
        }
    }

    /**
     * Damaged journals are refused (the log names SQLite's finding), and a backup restored: a
     * copy whose texts no longer match its search index, then a broken page.
     */
    private void damageAndRestore(Path journal) throws Exception {
        Path changed = Files.copy(journal, folder.resolve("changed.db"));
        String before = new String(Files.readAllBytes(changed), StandardCharsets.ISO_8859_1);
        Files.write(changed, before.replace(WORD, WORD.substring(0, WORD.length() - 1) + "x")
                .getBytes(StandardCharsets.ISO_8859_1));
        handled(() -> JournalSession.open(changed, clock));
        breakThePageHolding(journal, "Send the " + WORD);
        handled(() -> JournalSession.open(journal, clock));
        Backup newest = JournalBackups.newestGood(journal, clock).orElseThrow();
        JournalBackups.restore(journal, newest, clock);
        try (JournalSession restored = JournalSession.open(journal, clock)) {
            assertTrue(restored.planner().count(JournalSection.DONE) > 0, "the backup is back");
        }
        handled(() -> JournalSession.open(Files.writeString(folder.resolve("diary.db"),
                "Dear diary, " + WORD + ".".repeat(200)), clock));
    }

    /** Errors nobody expected, whose messages hold what was typed, as the UI meets them. */
    private void unexpectedErrors() {
        handled(() -> Integer.parseInt(WORD));
        handled(() -> {
            try {
                return LocalDate.parse(WORD);
            } catch (RuntimeException e) {
                // The task runner wraps an Error the same way.
                throw new IllegalStateException(e);
            }
        });
        IllegalArgumentException shown = new IllegalArgumentException(
                "Children: duplicate children added: parent = VBox, Label[styleClass=label]'" + WORD + "'");
        shown.addSuppressed(new UnsupportedOperationException(WORD));
        Failures.uncaught(Thread.currentThread(), new RuntimeException(shown));
    }

    private interface Work {
        Object run() throws Exception;
    }

    /** Runs {@code work}, which must fail, and hands the failure to the UI's handling. */
    private static String handled(Work work) {
        Exception failure = assertThrows(Exception.class, work::run);
        return Failures.describe(failure);
    }

    private static PlanInput plan(String mistake, Long ladderId) {
        return new PlanInput(mistake, Category.COMMUNICATION, Stakes.MEDIUM, "2026-11-03", "09:30",
                "At the " + WORD + " office", "They think " + WORD, "70", "55",
                "Re-reading the " + WORD + " email", "Breathe, " + WORD, "I can handle " + WORD,
                ladderId);
    }

    private static ReflectionInput reflection() {
        return new ReflectionInput("Nobody said " + WORD, Outcome.NO, "Tight " + WORD,
                "Worse: " + WORD, "Better: " + WORD, "Learned: " + WORD, "20");
    }

    /** Overwrites the header of the page holding {@code text}, as a failing disk might. */
    private static void breakThePageHolding(Path file, String text) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(text);
        assertTrue(at > 0, text + " is in the file");
        int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((long) at / pageSize * pageSize);
            raf.write(new byte[] {13, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0x7f, 0x7f, 0x7f, 0x7f});
        }
    }

    private void assertLogged(String start, Level level) {
        assertTrue(captured.list.stream().anyMatch(event -> event.getLevel() == level
                && event.getFormattedMessage().startsWith(start)),
                () -> "\"" + start + "\" at " + level + " in " + captured.list);
    }

    /** All an event carries that could reach a log file: message, arguments, error and causes. */
    private static String text(ILoggingEvent event) {
        StringBuilder all = new StringBuilder(event.getFormattedMessage()).append('\n');
        if (event.getArgumentArray() != null) {
            for (Object argument : event.getArgumentArray()) {
                all.append(argument).append('\n');
            }
        }
        if (event.getThrowableProxy() != null) {
            all.append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        return all.toString();
    }
}
