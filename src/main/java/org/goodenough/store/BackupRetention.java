package org.goodenough.store;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep, so that the folder stays small but recent days and weeks can still be
 * gone back to:
 * <ul>
 *   <li>of the daily, manual and before-restore backups, the newest of each of the
 *       {@value #DAYS} most recent days that have one, and the newest of each of the
 *       {@value #WEEKS} most recent ISO weeks that have one (days as the person's clock has
 *       them);</li>
 *   <li>the newest {@value #BEFORE_UPGRADE} backups made before an upgrade;</li>
 *   <li>every damaged journal that was moved aside: those are never deleted.</li>
 * </ul>
 */
final class BackupRetention {

    static final int DAYS = 7;
    static final int WEEKS = 4;
    static final int BEFORE_UPGRADE = 3;

    private BackupRetention() {
    }

    /** The backups to keep of {@code backups}, newest first; the others may be deleted. */
    static List<Backup> keep(List<Backup> backups, ZoneId zone) {
        List<Backup> newestFirst = backups.stream()
                .sorted(Comparator.comparing(Backup::madeAt).reversed()).toList();
        Set<LocalDate> days = new HashSet<>();
        Set<List<Integer>> weeks = new HashSet<>();
        int upgrades = 0;
        Set<Backup> kept = new HashSet<>();
        for (Backup backup : newestFirst) {
            boolean keep = switch (backup.kind()) {
                case DAMAGED -> true;
                case BEFORE_MIGRATION -> upgrades++ < BEFORE_UPGRADE;
                case DAILY, MANUAL, BEFORE_RESTORE -> {
                    LocalDate day = LocalDate.ofInstant(backup.madeAt(), zone);
                    List<Integer> week = List.of(day.get(IsoFields.WEEK_BASED_YEAR),
                            day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                    // Both are noted: the newest of a day is often the newest of its week too.
                    boolean newestOfItsDay = firstOfRecent(days, day, DAYS);
                    boolean newestOfItsWeek = firstOfRecent(weeks, week, WEEKS);
                    yield newestOfItsDay || newestOfItsWeek;
                }
            };
            if (keep) {
                kept.add(backup);
            }
        }
        return newestFirst.stream().filter(kept::contains).toList();
    }

    /** Whether {@code period} is seen for the first time and is among the {@code recent} seen. */
    private static <T> boolean firstOfRecent(Set<T> seen, T period, int recent) {
        return seen.size() < recent && seen.add(period);
    }
}
