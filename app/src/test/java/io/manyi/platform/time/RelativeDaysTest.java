package io.manyi.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** "In N days" counted from today in the operator's zone, against the day count computed here. */
class RelativeDaysTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // 01:30 on 7 December in Shanghai is still 6 December in UTC: the zone decides the day.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T17:30:00Z"), SHANGHAI);

    @Test
    void aStoredCountIsCountedAgainFromTodayInTheOperatorsZone() {
        LocalDate end = LocalDate.of(2026, 12, 23);
        long direct = ChronoUnit.DAYS.between(LocalDate.of(2026, 12, 7), end);
        assertThat(direct).isEqualTo(16);
        assertThat(RelativeDays.until(end, CLOCK)).isEqualTo(direct);
        assertThat(RelativeDays.refresh("contract ends on 2026-12-23 (in 23 days)", CLOCK))
                .isEqualTo("contract ends on 2026-12-23 (in " + direct + " days)");
        assertThat(RelativeDays.refresh("合约将于2026-12-23到期（23天后）", CLOCK)).isEqualTo("合约将于2026-12-23到期（" + direct + "天后）");
        assertThat(RelativeDays.refresh("某集团的集团协议将于2026-12-23到期（还有23天）", CLOCK))
                .isEqualTo("某集团的集团协议将于2026-12-23到期（" + direct + "天后）");
        // In UTC it would still be the 6th: one day more.
        assertThat(RelativeDays.until(end, CLOCK.withZone(ZoneId.of("UTC")))).isEqualTo(direct + 1);
    }

    @Test
    void aDateWithoutACountGetsOneAndPastDatesSaySo() {
        assertThat(RelativeDays.refresh("contract ends on 2026-12-07", CLOCK)).isEqualTo("contract ends on 2026-12-07 (today)");
        assertThat(RelativeDays.refresh("合约将于2026-12-01到期", CLOCK)).isEqualTo("合约将于2026-12-01到期（6天前）");
        assertThat(RelativeDays.refresh("您有1200积分将于2026-12-31到期", CLOCK)).isEqualTo("您有1200积分将于2026-12-31到期（24天后）");
        assertThat(RelativeDays.refresh("1200 points expire on 2026-12-08", CLOCK)).isEqualTo("1200 points expire on 2026-12-08 (tomorrow)");
        assertThat(RelativeDays.refresh("spend fell 45% over 3 months", CLOCK)).isEqualTo("spend fell 45% over 3 months");
        assertThat(RelativeDays.refresh(null, CLOCK)).isNull();
    }
}
