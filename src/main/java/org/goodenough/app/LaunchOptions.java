package org.goodenough.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * What the command line asked for.
 *
 * @param journal the journal to open instead of the default one, or {@code null}
 * @param demo    whether to open the demo journal, leaving the person's own one closed
 * @param help    whether to print the usage and stop
 */
record LaunchOptions(Path journal, boolean demo, boolean help) {

    static LaunchOptions parse(String... args) {
        Path journal = null;
        boolean help = false;
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.equals("--journal")) {
                if (i + 1 >= args.length || args[i + 1].isBlank()) {
                    throw new IllegalArgumentException("--journal needs the path of a journal file");
                }
                journal = path(args[++i]);
            } else if (arg.startsWith("--journal=")) {
                journal = path(arg.substring("--journal=".length()));
            } else {
                throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new LaunchOptions(journal, demo, help);
    }

    static Path path(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("--journal needs the path of a journal file");
        }
        try {
            String expanded = text.startsWith("~/")
                    ? System.getProperty("user.home") + text.substring(1) : text;
            return Path.of(expanded).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("--journal " + text + " is not a usable path");
        }
    }
}
