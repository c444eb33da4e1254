package org.goodenough.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files moved out of a journal's place, each renamed in one step, so that they can be moved
 * back if what follows fails. A move never replaces a file: where one is already, it stops.
 *
 * <p>Files are moved either to be kept (a damaged journal, moved into the backups folder for
 * good) or as leftovers (the -wal and -shm of a journal already copied whole), which are
 * deleted once the work they stood in the way of is done.
 */
final class MovedFiles {

    private static final Logger LOG = LoggerFactory.getLogger(MovedFiles.class);

    /** Where each file was, in the order moved, to where it went. */
    private final Map<Path, Path> moves;
    private final boolean leftovers;

    private MovedFiles(Map<Path, Path> moves, boolean leftovers) {
        this.moves = moves;
        this.leftovers = leftovers;
    }

    /** Moves files (from, to) that are to be kept where they go. */
    static MovedFiles toKeep(Map<Path, Path> moves) throws IOException {
        return new MovedFiles(move(moves), false);
    }

    /** Moves files (from, to) whose contents are kept elsewhere, to delete when done. */
    static MovedFiles leftovers(Map<Path, Path> moves) throws IOException {
        return new MovedFiles(move(moves), true);
    }

    /** The work is done: leftovers are deleted, files to keep stay where they went. */
    void done() {
        if (!leftovers) {
            return;
        }
        for (Path moved : moves.values()) {
            try {
                Files.deleteIfExists(moved);
            } catch (IOException e) {
                LOG.warn("A file set aside could not be deleted", e);
            }
        }
    }

    /**
     * Moves every file back where it was, last moved first.
     *
     * @return whether all of them went back
     */
    boolean putBack() {
        return putBack(moves);
    }

    /**
     * Moves each existing file in order. If one cannot be moved, those already moved go back
     * and the error is thrown.
     */
    private static Map<Path, Path> move(Map<Path, Path> moves) throws IOException {
        Map<Path, Path> done = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, Path> move : moves.entrySet()) {
                if (Files.exists(move.getKey())) {
                    if (Files.exists(move.getValue())) {
                        throw new IOException(move.getValue() + " is there already");
                    }
                    Files.move(move.getKey(), move.getValue(), StandardCopyOption.ATOMIC_MOVE);
                    done.put(move.getKey(), move.getValue());
                }
            }
        } catch (IOException e) {
            putBack(done);
            throw e;
        }
        done.values().stream().map(Path::getParent).distinct().forEach(PrivateFiles::forceFolder);
        return done;
    }

    private static boolean putBack(Map<Path, Path> moves) {
        List<Map.Entry<Path, Path>> lastFirst = new ArrayList<>(moves.entrySet());
        Collections.reverse(lastFirst);
        boolean all = true;
        for (Map.Entry<Path, Path> move : lastFirst) {
            try {
                Files.move(move.getValue(), move.getKey(), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                LOG.error("A file moved aside could not be moved back; it stays at its new place", e);
                all = false;
            }
        }
        return all;
    }
}
