package org.goodenough.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup of a journal, as its file in the backups folder says.
 *
 * @param file   where it is
 * @param madeAt when it was made, to the millisecond, from its file name
 * @param kind   why it was made
 * @param bytes  how large the file is
 */
public record Backup(Path file, Instant madeAt, BackupKind kind, long bytes) {
}
