package io.manyi.dashboard.internal;

/**
 * The statements of a month's rollup (docs/dashboard.md). Parameters, in order: see
 * {@link io.manyi.dashboard.DashboardRollups#refresh}. Every figure is grouped by the subscriber's
 * city; a ticket or survey of an unknown number counts under 'UNKNOWN'.
 */
public final class RollupSql {

    private RollupSql() {
    }

    /**
     * :m0 first day of the month, :m1 first day of the next, :prev first day of the previous,
     * :t0 / :t1 the month's bounds as instants in the operator's zone, :yuan yuan per point. The VIP
     * cards are tier's cards in force with the month's levels ({@code vip_cards_as_of}).
     */
    public static final String MONTHLY = """
            with
            population as (
                select city, count(*) as subscribers
                from subscribers
                where activated_on < :m1 and (cancelled_on is null or cancelled_on >= :m0)
                group by city
            ),
            midhigh as (
                select s.city, count(*) as base, count(*) filter (where s.cancelled_on < :m1) as churned
                from star_level_history a
                join value_segments v on v.month = a.month and v.msisdn = a.msisdn
                join subscribers s on s.msisdn = a.msisdn
                where a.month = :prev and (a.stars >= 3 or v.segment in ('MID','HIGH'))
                  and (s.cancelled_on is null or s.cancelled_on >= :m0)
                group by s.city
            ),
            stars as (
                select s.city, count(*) as assessed,
                       count(*) filter (where a.stars = 0) as s0, count(*) filter (where a.stars = 1) as s1,
                       count(*) filter (where a.stars = 2) as s2, count(*) filter (where a.stars = 3) as s3,
                       count(*) filter (where a.stars = 4) as s4, count(*) filter (where a.stars = 5) as s5
                from star_level_history a join subscribers s on s.msisdn = a.msisdn
                where a.month = :m0
                group by s.city
            ),
            vip as (
                select s.city, count(*) as reviewed,
                       count(*) filter (where v.card = 'SILVER') as silver, count(*) filter (where v.card = 'GOLD') as gold,
                       count(*) filter (where v.card = 'DIAMOND') as diamond
                from vip_cards_as_of(:m0) v
                join star_level_history a on a.month = :m0 and a.msisdn = v.msisdn
                join subscribers s on s.msisdn = v.msisdn
                where v.month = :m0
                group by s.city
            ),
            points as (
                select s.city, sum(p.points) as outstanding
                from points_outstanding_before(:m1) p
                join subscribers s on s.msisdn = p.msisdn
                group by s.city
            ),
            work as (
                select coalesce(s.city, 'UNKNOWN') as city, count(*) as due,
                       count(*) filter (where t.status = 'DONE') as done,
                       count(*) filter (where t.outcome = 'REACHED_ACCEPTED') as accepted,
                       count(*) filter (where t.status = 'FAILED') as failed,
                       count(*) filter (where t.status = 'EXPIRED') as expired
                from task_records t left join subscribers s on s.msisdn = t.msisdn
                where t.due_on >= :m0 and t.due_on < :m1
                group by 1
            ),
            complaints as (
                select coalesce(s.city, 'UNKNOWN') as city, count(*) as tickets,
                       count(*) filter (where t.closed_at is not null or t.sla_breached_at is not null) as sla_counted,
                       count(*) filter (where (t.closed_at is not null or t.sla_breached_at is not null)
                                          and t.sla_breached_at is null) as sla_met,
                       count(*) filter (where t.channel = 'REGULATOR') as appeals
                from ticket_records t left join subscribers s on s.msisdn = t.msisdn
                where t.opened_at >= :t0 and t.opened_at < :t1
                group by 1
            ),
            satisfaction as (
                select coalesce(s.city, 'UNKNOWN') as city, count(*) as sent, count(v.score) as answered,
                       coalesce(sum(v.score), 0) as score_sum
                from survey_records v left join subscribers s on s.msisdn = v.msisdn
                where v.sent_at >= :t0 and v.sent_at < :t1
                group by 1
            ),
            cities as (
                select city from population union select city from midhigh union select city from stars
                union select city from vip union select city from points union select city from work
                union select city from complaints union select city from satisfaction
            )
            insert into dashboard_monthly
            select cast(:m0 as date), c.city, coalesce(p.subscribers, 0), coalesce(m.base, 0), coalesce(m.churned, 0),
                   coalesce(st.assessed, 0), coalesce(st.s0, 0), coalesce(st.s1, 0), coalesce(st.s2, 0),
                   coalesce(st.s3, 0), coalesce(st.s4, 0), coalesce(st.s5, 0),
                   coalesce(v.reviewed, 0), coalesce(v.silver, 0), coalesce(v.gold, 0), coalesce(v.diamond, 0),
                   coalesce(pt.outstanding, 0), round(coalesce(pt.outstanding, 0) * :yuan, 2),
                   coalesce(w.due, 0), coalesce(w.done, 0), coalesce(w.accepted, 0), coalesce(w.failed, 0), coalesce(w.expired, 0),
                   coalesce(cp.tickets, 0), coalesce(cp.sla_counted, 0), coalesce(cp.sla_met, 0),
                   coalesce(sf.sent, 0), coalesce(sf.answered, 0), coalesce(sf.score_sum, 0),
                   coalesce(cp.appeals, 0)
            from cities c
            left join population p on p.city = c.city
            left join midhigh m on m.city = c.city
            left join stars st on st.city = c.city
            left join vip v on v.city = c.city
            left join points pt on pt.city = c.city
            left join work w on w.city = c.city
            left join complaints cp on cp.city = c.city
            left join satisfaction sf on sf.city = c.city
            """;

    /** Each dimension question's answers of the month's surveys, paired with its score by position. */
    public static final String SATISFACTION = """
            insert into dashboard_satisfaction
            select cast(:m0 as date), coalesce(s.city, 'UNKNOWN'), d.name, count(*), sum(x.score::int)
            from survey_records v
            left join subscribers s on s.msisdn = v.msisdn
            cross join lateral unnest(string_to_array(v.dimensions, ',')) with ordinality as d(name, i)
            join lateral unnest(string_to_array(v.dimension_scores, ',')) with ordinality as x(score, i) on x.i = d.i
            where v.status = 'ANSWERED' and v.sent_at >= :t0 and v.sent_at < :t1 and v.dimensions <> ''
              and btrim(x.score) ~ '^[0-9]+$'
            group by 1, 2, 3
            """;
}
