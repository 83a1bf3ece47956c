package io.manyi.loyalty;

import java.time.YearMonth;

/**
 * Where the accrual finds each subscriber's star level (0-5) for a month: a SQL relation with
 * columns {@code msisdn} and {@code stars} that the set-based accrual joins. Subscribers missing
 * from it have 0 stars. The tier feature supplies the real one; {@link LoyaltyConfiguration}
 * falls back to "no stars yet".
 */
public interface StarLevels {

    /** A parenthesised SELECT (no parameters) yielding {@code msisdn, stars} for {@code month}. */
    String relation(YearMonth month);

    /** Before star levels exist: nobody has stars, so no star bonus is earned. */
    StarLevels NONE = month -> "(select cast(null as varchar(11)) as msisdn, 0 as stars where false)";
}
