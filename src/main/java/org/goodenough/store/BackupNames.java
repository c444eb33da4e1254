package org.goodenough.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file names of one journal's backups: {@code <journal name without its extension>-<UTC
 * time to the millisecond>-<kind>.sqlite}, as in {@code journal-20261123T093000250Z-daily.sqlite}.
 * Sorting them by name sorts each kind by time, and a name alone says what the file is.
 */
final class BackupNames {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final String EXTENSION = ".sqlite";

    private final String stem;
    private final Pattern pattern;

    BackupNames(Path journal) {
        String name = journal.getFileName().toString();
        int dot = name.lastIndexOf('.');
        this.stem = dot > 0 ? name.substring(0, dot) : name;
        this.pattern = Pattern.compile(Pattern.quote(stem) + "-(\\d{8}T\\d{9}Z)-([a-z-]+)"
                + Pattern.quote(EXTENSION));
    }

    /** The name of a backup of {@code kind} made at {@code madeAt} (to the millisecond). */
    String of(Instant madeAt, BackupKind kind) {
        return stem + "-" + TIME.format(madeAt) + "-" + kind.word() + EXTENSION;
    }

    /** The backup {@code file} is, when its name is one of this journal's backups. */
    Optional<Backup> read(Path file) throws IOException {
        Matcher name = pattern.matcher(file.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        Optional<BackupKind> kind = BackupKind.ofWord(name.group(2));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        try {
            Instant madeAt = Instant.from(TIME.parse(name.group(1)));
            return Optional.of(new Backup(file, madeAt, kind.get(), Files.size(file)));
        } catch (DateTimeParseException | NoSuchFileException e) {
            // Not a real time, or deleted since the folder was listed: not a backup after all.
            return Optional.empty();
        }
    }

    static Instant toTheMillisecond(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
