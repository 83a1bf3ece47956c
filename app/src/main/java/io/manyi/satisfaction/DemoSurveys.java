package io.manyi.satisfaction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey history for the demo, so that there are months of results to analyse: six in ten
 * closed complaints answered (lower after a breached SLA or a repeat), and each month a periodic
 * sample of 2% of subscribers with the three dimension scores (network scored lowest in
 * places). Scores come from hashes of the ids: the same province gives the same surveys, and a
 * second run adds nothing (dedup keys).
 */
@Component
public class DemoSurveys {

    private final JdbcClient jdbc;

    public DemoSurveys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public int generate() {
        int afterComplaints = jdbc.sql("""
                insert into surveys (msisdn, touchpoint, ticket_id, dimensions, status, sent_at, answered_at, score, dedup_key)
                select t.msisdn, 'COMPLAINT_CLOSED', t.id, '', 'ANSWERED', t.closed_at, t.closed_at + interval '3 hours',
                       greatest(1, least(10, 9 - case when t.sla_breached_at is not null then 3 else 0 end
                                              - case when t.repeat_of is not null then 2 else 0 end
                                              + (abs(hashtext(t.id::text)) % 5) - 2)),
                       'demo-survey:ticket:' || t.id
                from ticket_records t
                where t.status = 'CLOSED' and t.msisdn is not null and abs(hashtext('answered' || t.id)) % 10 < 6
                on conflict (dedup_key) do nothing
                """).update();
        int periodic = jdbc.sql("""
                with months as (
                    select distinct date_trunc('month', opened_at) as month from ticket_records where complaint_id is not null
                ), sample as (
                    select s.msisdn, s.city, m.month, abs(hashtext(s.msisdn || m.month::text)) as h
                    from subscribers s cross join months m
                    where abs(hashtext('periodic' || s.msisdn || m.month::text)) % 50 = 0
                )
                insert into surveys (msisdn, touchpoint, dimensions, status, sent_at, answered_at, score, dimension_scores, dedup_key)
                select msisdn, 'PERIODIC', 'NETWORK,FEES,NEW_SERVICES',
                       case when h % 10 < 7 then 'ANSWERED' else 'EXPIRED' end,
                       month + interval '9 days 10 hours', case when h % 10 < 7 then month + interval '9 days 12 hours' end,
                       case when h % 10 < 7 then 5 + h % 6 end,
                       case when h % 10 < 7 then concat_ws(',', greatest(1, 4 + h % 7 - case when city like '%州' then 1 else 0 end),
                                                     5 + (h / 7) % 6, 4 + (h / 11) % 7) end,
                       'demo-survey:periodic:' || to_char(month, 'YYYY-MM') || ':' || msisdn
                from sample
                on conflict (dedup_key) do nothing
                """).update();
        return afterComplaints + periodic;
    }
}
