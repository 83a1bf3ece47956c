package io.manyi.tier;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Builds a subscriber's facts for the tests: a steady spend over the year up to a month, with arrears where asked. */
final class Facts {

    static final YearMonth MONTH = YearMonth.of(2026, 10);

    private final List<MonthFacts> months = new ArrayList<>();
    private LocalDate activatedOn = MONTH.atEndOfMonth().minusYears(9);
    private String brand = "GOTONE";

    static Facts steady(long spendYuan) {
        Facts facts = new Facts();
        for (int i = 11; i >= 0; i--) {
            facts.months.add(new MonthFacts(MONTH.minusMonths(i), true, spendYuan * 100, 0, 0));
        }
        return facts;
    }

    Facts tenureYears(int years) {
        activatedOn = MONTH.atEndOfMonth().minusYears(years);
        return this;
    }

    Facts activatedOn(LocalDate day) {
        activatedOn = day;
        return this;
    }

    Facts brand(String brand) {
        this.brand = brand;
        return this;
    }

    Facts spendIn(YearMonth month, long fen) {
        replace(month, m -> new MonthFacts(month, true, fen, m.arrearsFen(), m.daysOverdue()));
        return this;
    }

    Facts arrears(YearMonth month, long yuan, int daysOverdue) {
        replace(month, m -> new MonthFacts(month, m.hasUsage(), m.spendFen(), yuan * 100, daysOverdue));
        return this;
    }

    Facts onlyLast(int count) {
        months.subList(0, months.size() - count).clear();
        return this;
    }

    SubscriberFacts build() {
        return new SubscriberFacts("13800000001", brand, "广州", activatedOn, List.copyOf(months));
    }

    private void replace(YearMonth month, java.util.function.UnaryOperator<MonthFacts> change) {
        for (int i = 0; i < months.size(); i++) {
            if (months.get(i).month().equals(month)) {
                months.set(i, change.apply(months.get(i)));
            }
        }
    }
}
