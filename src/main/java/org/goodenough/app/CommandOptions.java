package org.goodenough.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of one command: {@code --name value} or {@code --name=value} pairs, the words
 * that are not options, and {@code --help}. Only the options the command knows are taken.
 */
final class CommandOptions {

    private final Map<String, String> values = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private boolean help;

    private CommandOptions() {
    }

    /** @throws IllegalArgumentException with a one-line reason for a mistake on the line */
    static CommandOptions parse(List<String> args, Set<String> known) {
        CommandOptions options = new CommandOptions();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                options.help = true;
            } else if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
                if (!known.contains(name)) {
                    throw new IllegalArgumentException("unknown option --" + name);
                }
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                if (value.isBlank()) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                if (options.values.put(name, value) != null) {
                    throw new IllegalArgumentException("--" + name + " is given twice");
                }
            } else {
                options.words.add(arg);
            }
        }
        return options;
    }

    boolean help() {
        return help;
    }

    String value(String name) {
        return values.get(name);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is needed");
        }
        return value;
    }

    Path path(String name) {
        String value = values.get(name);
        return value == null ? null : LaunchOptions.path(value);
    }

    /** The words that are not options, which must be exactly {@code count}. */
    List<String> words(int count, String what) {
        if (words.size() < count) {
            throw new IllegalArgumentException(what + " is needed");
        }
        if (words.size() > count) {
            throw new IllegalArgumentException("unexpected " + words.get(count));
        }
        return words;
    }
}
