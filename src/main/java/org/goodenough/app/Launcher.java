package org.goodenough.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.goodenough.ui.GoodEnoughApp;

/**
 * Starts Good Enough: reads the command line, finds the data folder and opens the window on
 * the journal. Kept apart from the JavaFX application class so a plain {@code java -jar} works.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
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
        GoodEnoughApp.launch(journal);
    }

    static void printUsage(PrintStream out) {
        out.println("""
                Usage: good-enough [--journal PATH]

                Opens Good Enough, a private journal for planned mistake exposures.

                  --journal PATH  open (or create) the journal at PATH instead of the default one
                  --help          show this help""");
    }
}
