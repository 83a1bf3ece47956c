package io.manyi.satisfaction;

import static io.manyi.platform.db.SqlValues.timestamp;

import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey history for the demo, so that there are months of results to analyse: every closed
 * complaint surveyed and six in ten answered (lower after a breached SLA or a repeat), and each
 * month a periodic sample of 2% of subscribers with the three dimension scores (network scored
 * lowest in places). With them, what a month of surveys leaves behind: the replies (one per
 * answer; a few not understood before it, a few late after the survey expired), the callbacks the
 * low scores opened and what became of them, and the unreadable replies a supervisor resolved
 * (those of the last 25 days are left to resolve). Scores and outcomes come from hashes of the
 * ids: the same province gives the same history, and a second run adds nothing (dedup keys).
 */
@Component
public class DemoSurveys {

    private final JdbcClient jdbc;
    private final Surveys surveys;
    private final Clock clock;

    public DemoSurveys(JdbcClient jdbc, Surveys surveys, Clock clock) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.clock = clock;
    }

    /** Adds the history; returns the surveys added (0 on a second run). */
    @Transactional
    public int generate() {
        int afterComplaints = jdbc.sql("""
                insert into surveys (msisdn, touchpoint, ticket_id, dimensions, status, sent_at, answered_at, score, dedup_key)
                select t.msisdn, 'COMPLAINT_CLOSED', t.id, '', a.status, t.closed_at,
                       case when a.answered then t.closed_at + interval '3 hours' end,
                       case when a.answered then greatest(1, least(10, 9 - case when t.sla_breached_at is not null then 3 else 0 end
                                              - case when t.repeat_of is not null then 2 else 0 end
                                              + (abs(hashtext(t.id::text)) % 5) - 2)) end,
                       'demo-survey:ticket:' || t.id
                from ticket_records t
                cross join lateral (select abs(hashtext('answered' || t.id)) % 10
                                           < 6 - case when t.sla_breached_at is not null or t.repeat_of is not null then 2 else 0 end as answered) x
                cross join lateral (select x.answered, case when x.answered then 'ANSWERED' when t.closed_at > :recent then 'SENT'
                                                            else 'EXPIRED' end as status) a
                where t.status = 'CLOSED' and t.msisdn is not null
                on conflict (dedup_key) do nothing
                """).param("recent", timestamp(clock.instant().minus(Duration.ofDays(surveys.rules().expireDays())))).update();
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
        replies();
        callbacks();
        return afterComplaints + periodic;
    }

    /**
     * The replies of the demo's surveys: the one that answered each (its score, then the dimension
     * scores); before 1% of the answers a reply nobody understood; after 4% of the expired surveys a
     * late "8" that found no open survey. Those of the last 25 days are left to resolve; the supervisor
     * resolved the older ones.
     */
    private void replies() {
        jdbc.sql("""
                insert into survey_replies (survey_id, msisdn, text, received_at, score, understood, counted)
                select v.id, v.msisdn, concat_ws(' ', v.score::text, replace(v.dimension_scores, ',', ' ')), v.answered_at, v.score,
                       true, true
                from surveys v
                where v.dedup_key like 'demo-survey:%' and v.status = 'ANSWERED'
                  and not exists (select 1 from survey_replies r where r.survey_id = v.id)
                """).update();
        jdbc.sql("""
                insert into survey_replies (survey_id, msisdn, text, received_at, score, understood, counted, resolution, resolved_at,
                                            resolved_by, resolution_note)
                select v.id, v.msisdn,
                       (array['好的谢谢', '收到', '879', '9 but slow', '网络太差了', '？', '挺好', '10分满意，就是流量贵'])[1 + abs(hashtext('unread' || v.id)) % 8],
                       v.answered_at - interval '50 minutes', null, false, false,
                       case when v.answered_at < :cutoff then 'DISMISSED' end,
                       case when v.answered_at < :cutoff then v.answered_at + interval '1 day' end,
                       case when v.answered_at < :cutoff then 'supervisor' end,
                       case when v.answered_at < :cutoff then '客户随后回复了评分' end
                from surveys v
                where v.dedup_key like 'demo-survey:%' and v.status = 'ANSWERED' and abs(hashtext('unread' || v.id)) % 100 = 0
                  and not exists (select 1 from survey_replies r where r.survey_id = v.id and not r.understood)
                """).param("cutoff", timestamp(clock.instant().minus(Duration.ofDays(25)))).update();
        jdbc.sql("""
                insert into survey_replies (survey_id, msisdn, text, received_at, score, understood, counted, resolution, resolved_at,
                                            resolved_by, resolution_note)
                select null, v.msisdn, (array['8', '7分', '满意', '9'])[1 + abs(hashtext('late' || v.id)) % 4],
                       v.sent_at + interval '8 days 3 hours', null, true, false,
                       case when v.sent_at < :cutoff then 'DISMISSED' end,
                       case when v.sent_at < :cutoff then v.sent_at + interval '9 days' end,
                       case when v.sent_at < :cutoff then 'supervisor' end,
                       case when v.sent_at < :cutoff then '调查已过期，不计入' end
                from surveys v
                where v.dedup_key like 'demo-survey:%' and v.status = 'EXPIRED' and abs(hashtext('late' || v.id)) % 100 < 4
                  and not exists (select 1 from survey_replies r where r.msisdn = v.msisdn and r.received_at = v.sent_at + interval '8 days 3 hours')
                """).param("cutoff", timestamp(clock.instant().minus(Duration.ofDays(33)))).update();
        // the late replies found no survey: their score is what a supervisor would read in them
        jdbc.sql("""
                update survey_replies set score = case text when '8' then 8 when '7分' then 7 when '满意' then 8 else 9 end
                where survey_id is null and understood and score is null
                """).update();
    }

    /**
     * The callbacks the demo's low scores and closed complaints opened, each done by the subscriber's
     * phone manager (or the supervisor) within a day: mostly reached, some refused, a fifth not reached.
     */
    private void callbacks() {
        jdbc.sql("""
                insert into callback_tasks (reason, msisdn, ticket_id, survey_id, status, due_at, created_at, done_at, done_by, outcome,
                                            indicator, dedup_key)
                select 'LOW_SURVEY_SCORE', v.msisdn, null, v.id, 'DONE', v.answered_at + interval '24 hours', v.answered_at,
                       v.answered_at + interval '5 hours', coalesce(a.username, 'supervisor'),
                       case when o.k < 50 then 'REACHED: 已解释原因，客户认可'
                            when o.k < 60 then 'REACHED_ACCEPTED: 客户接受补偿方案'
                            when o.k < 72 then 'REACHED_REFUSED: 客户仍不满意'
                            when o.k < 95 then 'NOT_REACHED' else 'WRONG_NUMBER' end,
                       case when o.k < 72 then (array['FEES_UNDERSTOOD', 'SERVICE_FITS_NEED', 'EASY_TO_USE', 'SUBSCRIPTION_CONFIRMED',
                                                      'EASY_TO_CANCEL', 'OTHER'])[1 + abs(hashtext('indicator' || v.id)) % 6] end,
                       'low-survey:' || v.id
                from surveys v
                cross join lateral (select abs(hashtext('callback' || v.id)) % 100 as k) o
                left join assignments a on a.msisdn = v.msisdn and a.role = 'PHONE_MANAGER'
                where v.dedup_key like 'demo-survey:%' and v.status = 'ANSWERED' and v.score <= :low
                  and v.answered_at < :before
                on conflict (dedup_key) do nothing
                """).param("low", surveys.rules().lowScoreMax())
                .param("before", timestamp(clock.instant().minus(Duration.ofDays(2)))).update();
        // every closed complaint's callback (as the closure opens it, same dedup key), done within a day
        jdbc.sql("""
                insert into callback_tasks (reason, msisdn, ticket_id, survey_id, status, due_at, created_at, done_at, done_by, outcome,
                                            indicator, dedup_key)
                select 'COMPLAINT_CLOSED', t.msisdn, t.id, null, 'DONE', t.closed_at + interval '24 hours', t.closed_at,
                       t.closed_at + interval '6 hours', coalesce(a.username, 'supervisor'),
                       case when o.k < 62 then 'REACHED: 问题已解决，客户认可'
                            when o.k < 70 then 'REACHED_ACCEPTED: 客户接受补偿'
                            when o.k < 78 then 'REACHED_REFUSED: 客户仍不满意'
                            when o.k < 97 then 'NOT_REACHED' else 'WRONG_NUMBER' end,
                       case when o.k < 78 then (array['FEES_UNDERSTOOD', 'SERVICE_FITS_NEED', 'EASY_TO_USE', 'SUBSCRIPTION_CONFIRMED',
                                                      'EASY_TO_CANCEL', 'OTHER'])[1 + abs(hashtext('indicator' || t.id)) % 6] end,
                       'complaint-closed:' || t.id
                from ticket_records t
                cross join lateral (select abs(hashtext('complaint-callback' || t.id)) % 100 as k) o
                left join assignments a on a.msisdn = t.msisdn and a.role = 'PHONE_MANAGER'
                where t.status = 'CLOSED' and t.msisdn is not null and t.closed_at < :before
                on conflict (dedup_key) do nothing
                """).param("before", timestamp(clock.instant().minus(Duration.ofDays(2)))).update();
    }
}
