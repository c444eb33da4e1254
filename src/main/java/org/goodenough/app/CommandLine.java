package org.goodenough.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.goodenough.domain.ImportCount;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Progress;
import org.goodenough.exchange.ExchangeException;
import org.goodenough.exchange.ExportFormat;
import org.goodenough.exchange.ImportPreview;
import org.goodenough.planner.JournalBackups;
import org.goodenough.planner.JournalSession;
import org.goodenough.store.JournalHealth;
import org.goodenough.store.StoreException;

/**
 * The commands for scripts and backups, run without opening a window: export, import, backup
 * and check. Each prints what it did on standard output and exits with 0; on failure it
 * prints one line on standard error and exits with {@link #FAILED}, or with {@link #USAGE}
 * when the command line itself was wrong.
 */
final class CommandLine {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final Set<String> COMMANDS = Set.of("export", "import", "backup", "check");

    private final PrintStream out;
    private final PrintStream err;
    private final Path defaultJournal;
    private final Clock clock;

    CommandLine(PrintStream out, PrintStream err, Path defaultJournal, Clock clock) {
        this.out = out;
        this.err = err;
        this.defaultJournal = defaultJournal;
        this.clock = clock;
    }

    /** Runs the command named by {@code args[0]}; returns the exit code. */
    int run(String... args) {
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (command) {
                case "export" -> export(CommandOptions.parse(rest, Set.of("journal", "format", "out",
                        "ladder")));
                case "import" -> importFile(CommandOptions.parse(rest, Set.of("journal")));
                case "backup" -> backup(CommandOptions.parse(rest, Set.of("journal", "out")));
                case "check" -> check(CommandOptions.parse(rest, Set.of("journal")));
                default -> throw new IllegalArgumentException("unknown command " + command);
            };
        } catch (IllegalArgumentException e) {
            return fail(USAGE, command + ": " + e.getMessage() + " (try " + command + " --help)");
        } catch (StoreException | ExchangeException e) {
            return fail(FAILED, e.getMessage());
        }
    }

    private int export(CommandOptions options) {
        if (options.help()) {
            return usage(CommandHelp.EXPORT);
        }
        options.words(0, "");
        ExportFormat format = ExportFormat.named(options.required("format"));
        Path target = options.path("out");
        if (target == null) {
            throw new IllegalArgumentException("--out FILE is needed");
        }
        try (JournalSession session = JournalSession.open(existing(options), clock)) {
            Long ladder = ladder(session, options.value("ladder"));
            session.export().export(format, ladder, target, Progress.NONE);
        }
        out.println("Exported the " + (options.value("ladder") == null ? "journal" : "ladder")
                + " to " + target);
        return OK;
    }

    private static Long ladder(JournalSession session, String name) {
        if (name == null) {
            return null;
        }
        List<Ladder> named = session.ladders().all().stream()
                .filter(l -> l.name().strip().equalsIgnoreCase(name.strip())).toList();
        if (named.size() != 1) {
            throw new IllegalArgumentException(named.isEmpty() ? "there is no ladder called " + name
                    : "more than one ladder is called " + name);
        }
        return named.get(0).id();
    }

    private int importFile(CommandOptions options) {
        if (options.help()) {
            return usage(CommandHelp.IMPORT);
        }
        Path file = LaunchOptions.path(options.words(1, "the FILE to import").get(0));
        if (!Files.isRegularFile(file)) {
            throw new ExchangeException("There is no file at " + file + ". Nothing was imported.");
        }
        try (JournalSession session = JournalSession.open(journal(options), clock)) {
            ImportPreview preview = session.importer().prepare(file, Progress.NONE);
            ImportCount count = session.importer().apply(preview, Progress.NONE);
            out.println("Imported " + file + ": " + count.added() + " new records ("
                    + count.exposures() + " exposures, " + count.ladders() + " ladders, "
                    + count.ideas() + " ideas, " + count.hiddenIdeas() + " hidden ideas); "
                    + count.alreadyThere() + " were in the journal already and stay as they are.");
        }
        return OK;
    }

    private int backup(CommandOptions options) {
        if (options.help()) {
            return usage(CommandHelp.BACKUP);
        }
        options.words(0, "");
        Path target = options.path("out");
        if (target == null) {
            throw new IllegalArgumentException("--out FILE is needed");
        }
        if (Files.exists(target)) {
            throw new StoreException(target + " exists already. Choose a new name for the backup.");
        }
        Path journal = existing(options);
        JournalBackups.copy(journal, target);
        out.println("Backed up " + journal + " to " + target);
        return OK;
    }

    private int check(CommandOptions options) {
        if (options.help()) {
            return usage(CommandHelp.CHECK);
        }
        options.words(0, "");
        Path journal = existing(options);
        JournalHealth health = JournalHealth.inspect(journal);
        if (!health.whole()) {
            return fail(FAILED, journal + " is damaged, or is not a journal: "
                    + String.join("; ", health.problems()));
        }
        if (!health.ours()) {
            return fail(FAILED, journal + " is a database, but not a Good Enough journal.");
        }
        String version = "journal version " + health.schemaVersion() + "; this Good Enough writes"
                + " version " + JournalSession.schemaVersion();
        if (health.schemaVersion() > JournalSession.schemaVersion()) {
            return fail(FAILED, journal + " is whole but newer than this Good Enough (" + version
                    + "). Update Good Enough to open it.");
        }
        out.println("ok: " + journal + " is whole (" + version + ")");
        return OK;
    }

    private Path journal(CommandOptions options) {
        Path journal = options.path("journal");
        return journal == null ? defaultJournal : journal;
    }

    /** The journal, which must exist: reading commands never create one. */
    private Path existing(CommandOptions options) {
        Path journal = journal(options);
        if (!Files.isRegularFile(journal)) {
            throw new StoreException("There is no journal at " + journal + ".");
        }
        return journal;
    }

    private int usage(String text) {
        out.println(text);
        return OK;
    }

    private int fail(int code, String message) {
        err.println("good-enough: " + message.replaceAll("\\s*\\R\\s*", " "));
        return code;
    }
}
