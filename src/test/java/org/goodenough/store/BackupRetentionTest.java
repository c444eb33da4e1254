package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which backups are kept, as tables: when each was made (UTC), its kind, and whether it stays.
 * Rows may come in any order; what follows the verdict is a note for the reader.
 */
class BackupRetentionTest {

    @Test
    void theNewestOfSevenDaysAndOfFourWeeksStay() {
        assertKept(ZoneOffset.UTC, """
                2026-11-25T18:00:00Z  manual          keep    Wednesday, ISO week 48
                2026-11-25T09:00:00Z  daily           delete  an earlier one the same day
                2026-11-24T09:00:00Z  daily           keep
                2026-11-23T12:00:00Z  before-restore  keep    Monday: week 48 began
                2026-11-23T09:00:00Z  daily           delete
                2026-11-22T21:00:00Z  manual          keep    Sunday, week 47
                2026-11-22T08:00:00Z  daily           delete
                2026-11-20T09:00:00Z  daily           keep
                2026-11-16T09:00:00Z  daily           keep
                2026-11-10T09:00:00Z  daily           keep    the seventh day with one; week 46
                2026-11-05T15:00:00Z  manual          keep    no longer by day, but newest of week 45
                2026-11-05T09:00:00Z  daily           delete
                2026-11-03T09:00:00Z  daily           delete
                2026-10-30T09:00:00Z  daily           delete  week 44 is a fifth week
                2026-10-27T09:00:00Z  daily           delete
                2026-11-24T07:00:00Z  before-upgrade  keep    the newest three before an upgrade
                2026-11-01T07:00:00Z  before-upgrade  keep
                2026-10-01T07:00:00Z  before-upgrade  keep
                2026-09-01T07:00:00Z  before-upgrade  delete
                2025-01-01T07:00:00Z  damaged         keep    never deleted
                2024-01-01T07:00:00Z  damaged         keep
                """);
    }

    @Test
    void daysAndWeeksAreThePersonsOwn() {
        String table = """
                2026-11-22T23:30:00Z  daily  keep    00:30 on Monday 23 November in Berlin
                2026-11-22T10:00:00Z  daily  %s  Sunday 22 November, week 47, in Berlin
                """;
        assertKept(ZoneId.of("Europe/Berlin"), table.formatted("keep  "));
        assertKept(ZoneOffset.UTC, table.formatted("delete"));
    }

    @Test
    void weeksAreIsoWeeksOfTheirWeekBasedYear() {
        assertKept(ZoneOffset.UTC, """
                2026-01-18T09:00:00Z  daily  keep    Sunday, week 3 of 2026
                2026-01-17T09:00:00Z  daily  keep
                2026-01-16T09:00:00Z  daily  keep
                2026-01-15T09:00:00Z  daily  keep
                2026-01-14T09:00:00Z  daily  keep
                2026-01-13T09:00:00Z  daily  keep
                2026-01-12T09:00:00Z  daily  keep    Monday, the seventh day
                2026-01-09T09:00:00Z  daily  keep    week 2
                2026-01-08T09:00:00Z  daily  delete
                2026-01-01T09:00:00Z  daily  keep    Thursday, week 1 of 2026
                2025-12-30T09:00:00Z  daily  delete  Tuesday of that same week 1 of 2026
                2025-12-26T09:00:00Z  daily  keep    week 52 of 2025, the fourth week
                2025-12-19T09:00:00Z  daily  delete  week 51, a fifth
                """);
    }

    @Test
    void nothingToKeepFromNothing() {
        assertEquals(List.of(), BackupRetention.keep(List.of(), ZoneOffset.UTC));
    }

    private static void assertKept(ZoneId zone, String table) {
        List<Backup> backups = new ArrayList<>();
        List<Backup> expected = new ArrayList<>();
        for (String row : table.strip().split("\n")) {
            String[] cells = row.strip().split("\\s+");
            Instant madeAt = Instant.parse(cells[0]);
            BackupKind kind = BackupKind.ofWord(cells[1]).orElseThrow();
            Backup backup = new Backup(Path.of(cells[0] + "-" + cells[1]), madeAt, kind, 0);
            backups.add(backup);
            if (cells[2].equals("keep")) {
                expected.add(backup);
            }
        }
        expected.sort((a, b) -> b.madeAt().compareTo(a.madeAt()));
        assertEquals(names(expected), names(BackupRetention.keep(backups, zone)));
    }

    private static List<String> names(List<Backup> backups) {
        return backups.stream().map(backup -> backup.file().toString()).toList();
    }
}
