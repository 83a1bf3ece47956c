package io.manyi.tier;

import io.manyi.loyalty.StarLevels;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/**
 * The star levels the points accrual pays its star bonus on: each subscriber's assessment of
 * the same month (the monthly run assesses star levels before it accrues points). A month not
 * yet assessed yields no rows, so nobody gets a star bonus for it.
 */
@Component
class StarLevelsForPoints implements StarLevels {

    @Override
    public String relation(YearMonth month) {
        // A literal, not a parameter: the accrual embeds this relation in its own statement.
        return "(select msisdn, stars from tier_assessments where month = date '" + month.atDay(1) + "')";
    }
}
