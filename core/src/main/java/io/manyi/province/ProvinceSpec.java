package io.manyi.province;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What to generate: how many subscribers, the window of months ending with {@code lastMonth},
 * and the random seed. The same spec always yields byte-identical output.
 */
public record ProvinceSpec(int subscribers, YearMonth lastMonth, int months, long seed) {

    /** Long enough for a year of history plus a holdout, short enough to keep tests quick. */
    public static final int MAX_MONTHS = 120;

    public ProvinceSpec {
        if (subscribers < 1) {
            throw new IllegalArgumentException("subscribers must be at least 1, was " + subscribers);
        }
        Objects.requireNonNull(lastMonth, "lastMonth");
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be between 1 and " + MAX_MONTHS + ", was " + months);
        }
    }

    public YearMonth firstMonth() {
        return lastMonth.minusMonths(months - 1L);
    }

    /** The day the operator takes the export: the first day after the window. */
    public LocalDate asOf() {
        return lastMonth.plusMonths(1).atDay(1);
    }
}
