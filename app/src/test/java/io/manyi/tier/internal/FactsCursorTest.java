package io.manyi.tier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.tier.MonthFacts;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsCursorTest {

    @Test
    void mergesUsageAndBillsByMonth() {
        List<MonthFacts> months = FactsCursor.months("2026-08-01 18600,2026-10-01 17550",
                "2026-09-01 11200 75,2026-10-01 300 5");

        assertThat(months).containsExactly(
                new MonthFacts(YearMonth.of(2026, 8), true, 18_600, 0, 0),
                new MonthFacts(YearMonth.of(2026, 9), false, 0, 11_200, 75),
                new MonthFacts(YearMonth.of(2026, 10), true, 17_550, 300, 5));
        assertThat(FactsCursor.months(null, null)).isEmpty();
    }
}
