package org.goodenough.ui.today;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a reminder through the system's own notifications, with nothing sent anywhere:
 * {@code notify-send} (libnotify) on Linux when it is on the PATH, {@code osascript} on macOS,
 * the system tray's message on Windows. Says whether it could, so the window can show the
 * reminder itself when not. Called on the reminder thread, never on the FX thread.
 */
public interface DesktopNotifier extends AutoCloseable {

    /** Shows {@code text} under {@code title}; false when this system would not show it. */
    boolean show(String title, String text);

    /** Takes away what the notifier added to the desktop (a tray icon), when the app stops. */
    @Override
    default void close() {
    }

    /** The notifier this system has, or one that always answers false. */
    static DesktopNotifier forThisSystem() {
        String system = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (system.startsWith("mac")) {
            return onPath("osascript").<DesktopNotifier>map(Command::mac).orElse(NONE);
        }
        if (system.startsWith("windows")) {
            return TrayMessage.ifSupported();
        }
        return onPath("notify-send").<DesktopNotifier>map(Command::libnotify).orElse(NONE);
    }

    /** For a system without a notifier: the window shows every reminder itself. */
    DesktopNotifier NONE = (title, text) -> false;

    /** The program {@code name} in a folder on the PATH, if it is there and may be run. */
    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            Path program = Path.of(folder, name);
            if (Files.isRegularFile(program) && Files.isExecutable(program)) {
                return Optional.of(program);
            }
        }
        return Optional.empty();
    }

    /** A notifier that runs a program and reads its exit code. */
    final class Command implements DesktopNotifier {

        private static final Logger LOG = LoggerFactory.getLogger(Command.class);
        private final Path program;
        private final boolean libnotify;

        private Command(Path program, boolean libnotify) {
            this.program = program;
            this.libnotify = libnotify;
        }

        static Command libnotify(Path program) {
            return new Command(program, true);
        }

        static Command mac(Path program) {
            return new Command(program, false);
        }

        @Override
        public boolean show(String title, String text) {
            List<String> command = new ArrayList<>();
            command.add(program.toString());
            if (libnotify) {
                // The body may be read as markup; the text is given as plain text.
                command.addAll(List.of("--app-name=Good Enough", "--", title, escaped(text)));
            } else {
                // The words go in as arguments, so nothing in them is read as a script.
                command.addAll(List.of("-e", "on run argv",
                        "-e", "display notification (item 2 of argv) with title (item 1 of argv)",
                        "-e", "end run", title, text));
            }
            try {
                Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroy();
                    LOG.info("{} did not answer in time; the window shows the reminder",
                            program.getFileName());
                    return false;
                }
                if (process.exitValue() != 0) {
                    LOG.info("{} ended with {}; the window shows the reminder",
                            program.getFileName(), process.exitValue());
                }
                return process.exitValue() == 0;
            } catch (IOException e) {
                LOG.info("{} could not be run; the window shows the reminder", program.getFileName());
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        static String escaped(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
