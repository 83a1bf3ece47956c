package io.manyi.loyalty;

import java.time.YearMonth;

/**
 * Where the accrual finds each subscriber's star level (0-5) for a month: a SQL relation with
 * columns {@code msisdn} and {@code stars} that the set-based accrual joins. Subscribers missing
 * from it have 0 stars. The tier feature supplies it ({@code io.manyi.tier.StarLevelsForPoints}).
 */
public interface StarLevels {

    /** A parenthesised SELECT (no parameters) yielding {@code msisdn, stars} for {@code month}. */
    String relation(YearMonth month);
}
