package org.shellymanager.manager.backup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which archives to keep: the newest {@code keepLast}, plus the newest of each of the last {@code keepDaily} days,
 * {@code keepWeekly} ISO weeks and {@code keepMonthly} months (UTC). Everything else may go.
 */
final class Retention {

    private Retention() {
    }

    record Archive(String name, Instant created) {
    }

    static List<Archive> toDelete(List<Archive> archives, BackupProperties rules, Instant now) {
        List<Archive> newest = archives.stream().sorted(Comparator.comparing(Archive::created).reversed()).toList();
        Set<Archive> keep = new HashSet<>(newest.subList(0, Math.min(rules.keepLast(), newest.size())));
        ZonedDateTime today = now.atZone(ZoneOffset.UTC);
        keepOnePer(newest, keep, rules.keepDaily(), a -> day(a), day(today.minusDays(rules.keepDaily()).toInstant()));
        keepOnePer(newest, keep, rules.keepWeekly(), Retention::week, week(new Archive("", today.minusWeeks(rules.keepWeekly()).toInstant())));
        keepOnePer(newest, keep, rules.keepMonthly(), Retention::month, month(new Archive("", today.minusMonths(rules.keepMonthly()).toInstant())));
        return newest.stream().filter(a -> !keep.contains(a)).toList();
    }

    private static void keepOnePer(List<Archive> newest, Set<Archive> keep, int count, java.util.function.Function<Archive, Long> period,
                                   long oldestPeriod) {
        if (count == 0) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        for (Archive archive : newest) {
            long p = period.apply(archive);
            if (p > oldestPeriod && seen.add(p)) {
                keep.add(archive);
            }
        }
    }

    private static long day(Archive archive) {
        return day(archive.created());
    }

    private static long day(Instant instant) {
        return instant.truncatedTo(ChronoUnit.DAYS).getEpochSecond() / 86_400;
    }

    private static long week(Archive archive) {
        ZonedDateTime at = archive.created().atZone(ZoneOffset.UTC);
        return at.get(IsoFields.WEEK_BASED_YEAR) * 100L + at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static long month(Archive archive) {
        ZonedDateTime at = archive.created().atZone(ZoneOffset.UTC);
        return at.getYear() * 100L + at.getMonthValue();
    }
}
