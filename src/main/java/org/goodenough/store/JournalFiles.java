package org.goodenough.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files SQLite keeps beside a journal while it is in use: the write-ahead log (-wal), its
 * index (-shm) and the rollback journal (-journal). They belong with the journal's file: one
 * left beside another file would be read as part of it.
 */
final class JournalFiles {

    static final List<String> SUFFIXES = List.of("-wal", "-shm", "-journal");

    private JournalFiles() {
    }

    static Path beside(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** Whether a -wal or -journal lies beside {@code file}: pages of it may be in there. */
    static boolean hasLogBesideIt(Path file) {
        return Files.exists(beside(file, "-wal")) || Files.exists(beside(file, "-journal"));
    }
}
