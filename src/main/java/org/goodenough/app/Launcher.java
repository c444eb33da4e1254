package org.goodenough.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.goodenough.store.SqliteLibrary;
import org.goodenough.ui.GoodEnoughApp;

/**
 * Starts Good Enough: reads the command line, finds the data folder and opens the window on
 * the journal. Kept apart from the JavaFX application class so a plain {@code java -jar} works.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && CommandLine.COMMANDS.contains(args[0])) {
            System.exit(runCommand(args));
            return;
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("good-enough: " + e.getMessage());
            System.err.println("Try --help.");
            System.exit(2);
            return;
        }
        if (options.help()) {
            printUsage(System.out);
            return;
        }
        // The window's classes are read beside everything below, so its first frame waits less.
        WindowClasses.readAhead();
        DataFolder folder = DataFolder.forCurrentUser();
        try {
            folder.create();
            System.setProperty("goodenough.logdir", folder.path().toString());
        } catch (IOException e) {
            // The window explains it when the journal cannot be opened; the log goes to the console.
            System.err.println("good-enough: cannot create the data folder " + folder.path()
                    + " (" + e.getMessage() + ")");
        }
        Path journal = options.journal() != null ? options.journal() : folder.defaultJournal();
        if (options.demo()) {
            SqliteLibrary.keepIn(DataFolder.cacheForCurrentUser());
            GoodEnoughApp.launch(journal, folder.settingsFile(), true);
        } else {
            StartupWarmup.HeadStart begun = StartupWarmup.begin(folder.settingsFile(), journal,
                    DataFolder.cacheForCurrentUser());
            GoodEnoughApp.launch(journal, folder.settingsFile(), begun.settings(), begun.journal());
        }
    }

    /**
     * A command for scripts: no window, output on the console, the log in the data folder if
     * there is one (narrowed to its owner, as the window does); else on the console only.
     */
    private static int runCommand(String[] args) {
        DataFolder folder = DataFolder.forCurrentUser();
        if (Files.isDirectory(folder.path())) {
            try {
                folder.create();
                System.setProperty("goodenough.logdir", folder.path().toString());
            } catch (IOException e) {
                // Not ours to narrow: the log stays on the console, and the command runs.
            }
        }
        SqliteLibrary.keepIn(DataFolder.cacheForCurrentUser());
        return new CommandLine(System.out, System.err, folder.defaultJournal(),
                Clock.systemDefaultZone()).run(args);
    }

    static void printUsage(PrintStream out) {
        out.println(CommandHelp.APP);
    }
}
