package io.manyi.subscriber.web;

import io.manyi.subscriber.SubscriberView.MonthlyUsage;
import java.math.BigDecimal;
import java.util.List;

/** The 12-month chart's series, as the page script reads them (no personal data in here). */
record UsageChart(List<String> months, List<BigDecimal> spend, List<Integer> dataMb, List<Integer> minutes) {

    static UsageChart of(List<MonthlyUsage> usage) {
        return new UsageChart(
                usage.stream().map(u -> u.month().toString()).toList(),
                usage.stream().map(MonthlyUsage::spend).toList(),
                usage.stream().map(MonthlyUsage::dataMb).toList(),
                usage.stream().map(MonthlyUsage::totalMinutes).toList());
    }
}
