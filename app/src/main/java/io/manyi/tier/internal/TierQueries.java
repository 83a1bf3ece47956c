package io.manyi.tier.internal;

import io.manyi.tier.TierMixRow;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of one subscriber's tier, and the mix of levels for the overview. */
@Component
public class TierQueries {

    /** One month's assessment as stored; {@code reasonsJson} is the structured reasons. */
    public record AssessmentRow(YearMonth month, int stars, int candidateStars, Integer previousStars, int monthsBelow,
                                int score, int tenurePoints, int spendPoints, int stabilityPoints, int arrearsPoints,
                                BigDecimal averageSpend, String reasonsJson) {
    }

    public record CardRow(int cycleYear, String card, long points, int months, String review, YearMonth reviewedMonth) {
    }

    private final JdbcClient jdbc;

    public TierQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last {@code months} assessments, newest first. */
    public List<AssessmentRow> history(String msisdn, int months) {
        return jdbc.sql("""
                        select month, stars, candidate_stars, previous_stars, months_below, score, tenure_points,
                               spend_points, stability_points, arrears_points, average_spend, reasons::text
                        from tier_assessments where msisdn = ? order by month desc limit ?
                        """)
                .params(msisdn, months)
                .query((rs, n) -> new AssessmentRow(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getInt(2),
                        rs.getInt(3), (Integer) rs.getObject(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                        rs.getInt(9), rs.getInt(10), rs.getBigDecimal(11), rs.getString(12)))
                .list();
    }

    /**
     * The card in force with the levels assessed for {@code assessedMonth} (docs/tiers.md, "The card in
     * force"): the review of the cycle the next month falls in, made at or before that month; the same
     * function the overview and the dashboard count.
     */
    public Optional<CardRow> cardInForce(String msisdn, YearMonth assessedMonth) {
        return jdbc.sql("""
                        select v.cycle_year, v.card, c.points, c.months_counted, c.review, c.reviewed_month
                        from vip_cards_as_of(?) v
                        join vip_cards c on c.msisdn = v.msisdn and c.cycle_year = v.cycle_year
                        where v.msisdn = ? and v.month = ?
                        """)
                .params(Date.valueOf(assessedMonth.atDay(1)), msisdn, Date.valueOf(assessedMonth.atDay(1)))
                .query((rs, n) -> new CardRow(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                        rs.getString(5), YearMonth.from(rs.getDate(6).toLocalDate())))
                .optional();
    }

    public Optional<String> segment(String msisdn, YearMonth month) {
        return jdbc.sql("select segment from value_segments where msisdn = ? and month = ?")
                .params(msisdn, Date.valueOf(month.atDay(1))).query(String.class).optional();
    }

    /** The A/B/C class of the group customer the subscriber belongs to now, if any. */
    public Optional<String> groupClass(String msisdn) {
        return jdbc.sql("""
                        select gc.class from group_members gm join group_customers gc on gc.group_id = gm.group_id
                        where gm.msisdn = ? and gm.left_on is null order by gc.class limit 1
                        """)
                .param(msisdn).query(String.class).optional();
    }

    /**
     * Subscribers by brand, level and card in the month: the levels assessed for it and the cards in
     * force with them ({@code vip_cards_as_of}, the cycle the next month falls in).
     */
    public List<TierMixRow> mix(YearMonth month) {
        return jdbc.sql("""
                        select s.brand, a.stars, v.card, count(*)
                        from tier_assessments a
                        join subscribers s on s.msisdn = a.msisdn
                        left join vip_cards_as_of(?) v on v.msisdn = a.msisdn and v.month = a.month
                        where a.month = ?
                        group by s.brand, a.stars, v.card
                        order by s.brand, a.stars, v.card
                        """)
                .params(Date.valueOf(month.atDay(1)), Date.valueOf(month.atDay(1)))
                .query((rs, n) -> new TierMixRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /** Subscribers per value segment in the month. */
    public Map<String, Long> segments(YearMonth month) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("select segment, count(*) from value_segments where month = ? group by segment order by segment")
                .param(Date.valueOf(month.atDay(1)))
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }
}
