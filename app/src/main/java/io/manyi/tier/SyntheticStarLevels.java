package io.manyi.tier;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Star levels a bench invents, written by the tier feature (issue 13): a month's assessments and the
 * run that completes it, so that they are in force for every reader exactly as an assessed month's
 * are (V28), and VIP card reviews. Set-based, for millions of rows; no notices, no events.
 */
@Component
public class SyntheticStarLevels {

    private final JdbcClient jdbc;

    public SyntheticStarLevels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Assesses {@code month} with the levels {@code rows} gives: a SELECT yielding {@code msisdn, stars,
     * average_spend} (named parameters {@code params}), every score part a fixed figure; then completes
     * the month's run with the value-segment cut-offs given. Returns the subscribers assessed.
     */
    public int assess(YearMonth month, BigDecimal highFrom, BigDecimal midFrom, String rows, Map<String, ?> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("synthetic_month", Date.valueOf(month.atDay(1)));
        int assessed = jdbc.sql("""
                insert into tier_assessments (month, msisdn, stars, candidate_stars, months_below, score, tenure_points,
                                              spend_points, stability_points, arrears_points, average_spend, reasons)
                select cast(:synthetic_month as date), r.msisdn, r.stars, r.stars, 0, 50, 10, 20, 10, 10, r.average_spend, '[]'
                from (""" + rows + """
                ) r(msisdn, stars, average_spend)
                """).params(all).update();
        jdbc.sql("""
                insert into tier_runs (month, subscribers, high_from, mid_from, changes, seconds, finished_at, notified)
                values (?, ?, ?, ?, 0, 1, now(), false)
                """).params(Date.valueOf(month.atDay(1)), assessed, highFrom, midFrom).update();
        return assessed;
    }

    /**
     * Adds VIP card reviews: {@code rows} is a SELECT yielding {@code msisdn, cycle_year, card, points,
     * months_counted, review, reviewed_month}; a review on file for the cycle stays. Returns the reviews added.
     */
    public int cards(String rows, Map<String, ?> params) {
        return jdbc.sql("""
                insert into vip_cards (msisdn, cycle_year, card, points, months_counted, review, reviewed_month)
                """ + rows + """

                on conflict (msisdn, cycle_year) do nothing
                """).params(params).update();
    }
}
