package org.goodenough.store;

import java.util.Arrays;
import java.util.Optional;

/** Why a backup of a journal was made; its word ends the backup's file name. */
public enum BackupKind {
    /** The first backup of a day, made on its own. */
    DAILY("daily"),
    /** A backup the person asked for. */
    MANUAL("manual"),
    /** The journal as it was before this version brought it up to a newer schema. */
    BEFORE_MIGRATION("before-upgrade"),
    /** The journal as it was before a backup was restored over it. */
    BEFORE_RESTORE("before-restore"),
    /**
     * A journal that could no longer be read, moved aside (never copied, never deleted) when a
     * backup was restored in its place.
     */
    DAMAGED("damaged");

    private final String word;

    BackupKind(String word) {
        this.word = word;
    }

    /** The word for this kind in a backup's file name. */
    public String word() {
        return word;
    }

    /** Whether it stands for its day: daily, manual and before-restore backups do. */
    boolean ofTheDay() {
        return this == DAILY || this == MANUAL || this == BEFORE_RESTORE;
    }

    static Optional<BackupKind> ofWord(String word) {
        return Arrays.stream(values()).filter(kind -> kind.word.equals(word)).findFirst();
    }
}
