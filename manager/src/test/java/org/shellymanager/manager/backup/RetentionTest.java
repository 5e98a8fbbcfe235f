package org.shellymanager.manager.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RetentionTest {

    @Test
    void keepsTheNewestAndOnePerRecentDayWeekAndMonth() {
        Instant now = Instant.parse("2025-06-30T12:00:00Z");
        List<Retention.Archive> archives = new ArrayList<>();
        for (int hours = 0; hours < 24 * 120; hours += 6) {
            archives.add(new Retention.Archive("a" + hours, now.minus(Duration.ofHours(hours))));
        }
        BackupProperties rules = new BackupProperties("", "-", 3, 7, 4, 3, Duration.ofDays(2), null, "-", BackupType.INCREMENTAL);

        List<Retention.Archive> deleted = Retention.toDelete(archives, rules, now);
        List<Retention.Archive> kept = archives.stream().filter(a -> !deleted.contains(a)).toList();

        assertThat(kept).extracting(Retention.Archive::name).contains("a0", "a6", "a12");
        assertThat(kept).hasSizeBetween(10, 17);
        assertThat(kept).noneMatch(a -> a.created().isBefore(now.minus(Duration.ofDays(100))));
        assertThat(deleted).hasSize(archives.size() - kept.size());
    }

    @Test
    void keepLastAloneKeepsExactlyThatMany() {
        Instant now = Instant.parse("2025-06-30T12:00:00Z");
        List<Retention.Archive> archives = List.of(new Retention.Archive("old", now.minusSeconds(300)),
                new Retention.Archive("mid", now.minusSeconds(200)), new Retention.Archive("new", now.minusSeconds(100)));
        BackupProperties rules = new BackupProperties("", "-", 2, 0, 0, 0, Duration.ofDays(2), null, "-", BackupType.INCREMENTAL);
        assertThat(Retention.toDelete(archives, rules, now)).extracting(Retention.Archive::name).containsExactly("old");
    }
}
