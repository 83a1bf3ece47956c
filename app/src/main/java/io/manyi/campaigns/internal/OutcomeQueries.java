package io.manyi.campaigns.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outcomes of members per arm, in one aggregate query per question: a members query gives
 * {@code (key, msisdn, arm, joined_on, campaign_id, observed_until)} and this adds churn,
 * acceptance and spend before and after joining (docs/campaigns.md, "Outcomes"). A member counts once the
 * data covers the month they joined in: churn before joining is no result of the campaign.
 */
@Repository
public class OutcomeQueries {

    /** Months of spend before joining that make the baseline. */
    static final int BASELINE_MONTHS = 3;

    private final JdbcTemplate jdbc;

    public OutcomeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record ArmRow(String key, String arm, int members, int retained, int accepted, int withSpend,
                         Double spendBefore, Double spendAfter, Double spendMean, double spendVariance) {
    }

    /** The last day the data tells about: the end of the latest month of usage (today when there is none). */
    public LocalDate dataEnd(LocalDate today) {
        Date last = jdbc.queryForObject("""
                select (date_trunc('month', max(month)) + interval '1 month' - interval '1 day')::date from usage_monthly
                """, Date.class);
        return last == null ? today : last.toLocalDate();
    }

    /** Members of campaigns ({@code campaignId} null: all), keyed by campaign id or by their first moment's type. */
    public List<ArmRow> campaigns(Long campaignId, boolean byMomentType, int followUpMonths, LocalDate dataEnd) {
        return campaigns(campaignId, byMomentType, followUpMonths, dataEnd, null);
    }

    /** As above, counting only members who live in {@code city} (null: everyone). */
    public List<ArmRow> campaigns(Long campaignId, boolean byMomentType, int followUpMonths, LocalDate dataEnd,
                                  String city) {
        String members = """
                select %s as key, m.msisdn, m.arm, m.joined_on, m.campaign_id,
                       least((c.ends_on + make_interval(months => ?))::date, ?::date) as observed_until
                from campaign_members m join campaigns c on c.id = m.campaign_id
                where (?::bigint is null or m.campaign_id = ?)
                  and (?::text is null or exists (select 1 from subscribers s where s.msisdn = m.msisdn and s.city = ?))
                """.formatted(byMomentType ? "m.first_moment_type" : "m.campaign_id::text");
        return arms(members, "t.campaign_id = mem.campaign_id",
                followUpMonths, Date.valueOf(dataEnd), campaignId, campaignId, city, city);
    }

    /** Members of the per-moment-type holdouts, followed for {@code followUpMonths} after joining. */
    public List<ArmRow> holdouts(int followUpMonths, LocalDate dataEnd) {
        return arms("""
                select h.type as key, h.msisdn, h.arm, h.joined_on, null::bigint as campaign_id,
                       least((h.joined_on + make_interval(months => ?))::date, ?::date) as observed_until
                from moment_holdouts h
                """, "exists (select 1 from moment_records mo where mo.task_id = t.id and mo.type = mem.key)",
                followUpMonths, Date.valueOf(dataEnd));
    }

    private List<ArmRow> arms(String members, String acceptedTask, Object... args) {
        String sql = """
                with mem as (%s),
                s as (
                  select mem.key, mem.arm,
                         (sub.cancelled_on is null or sub.cancelled_on > mem.observed_until) as retained,
                         exists (select 1 from task_records t where t.msisdn = mem.msisdn and t.outcome = 'REACHED_ACCEPTED'
                                 and %s) as accepted,
                         (select avg(u.spend) from usage_monthly u where u.msisdn = mem.msisdn
                            and u.month >= (date_trunc('month', mem.joined_on) - make_interval(months => %d))::date
                            and u.month < date_trunc('month', mem.joined_on)::date) as before,
                         (extract(year from mem.observed_until) * 12 + extract(month from mem.observed_until))
                           - (extract(year from mem.joined_on) * 12 + extract(month from mem.joined_on)) as after_months,
                         (select coalesce(sum(u.spend), 0) from usage_monthly u where u.msisdn = mem.msisdn
                            and u.month > date_trunc('month', mem.joined_on)::date
                            and u.month <= mem.observed_until) as after_sum
                  from mem join subscribers sub on sub.msisdn = mem.msisdn
                  -- only members the data follows after they joined: through the end of their joining month at least
                  where mem.observed_until >= (date_trunc('month', mem.joined_on) + interval '1 month' - interval '1 day')::date),
                x as (
                  select s.*, case when after_months > 0 then after_sum / after_months end as after
                  from s)
                select key, arm, count(*) as members, count(*) filter (where retained) as retained,
                       count(*) filter (where accepted) as accepted,
                       count(after - before) as with_spend,
                       avg(before) filter (where after is not null) as spend_before,
                       avg(after) filter (where before is not null) as spend_after,
                       avg(after - before) as spend_mean, coalesce(var_samp(after - before), 0) as spend_var
                from x group by key, arm order by key, arm
                """.formatted(members, acceptedTask, BASELINE_MONTHS);
        return jdbc.query(sql, (rs, n) -> new ArmRow(rs.getString("key"), rs.getString("arm"), rs.getInt("members"),
                rs.getInt("retained"), rs.getInt("accepted"), rs.getInt("with_spend"),
                number(rs.getBigDecimal("spend_before")), number(rs.getBigDecimal("spend_after")),
                number(rs.getBigDecimal("spend_mean")), rs.getDouble("spend_var")), args);
    }

    private static Double number(java.math.BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
