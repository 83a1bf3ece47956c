package io.manyi.staff.demo;

import io.manyi.hall.demo.HallVisitRatings;
import io.manyi.moments.SyntheticTasks;
import io.manyi.satisfaction.SyntheticSurveys;
import io.manyi.staff.StaffAssessment;
import java.io.PrintStream;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's staff assessment: the figures the halls' demo does not make - the visits' SMS ratings
 * and callbacks ({@link HallVisitRatings}), weekly knowledge tests of the clerks, and the phone
 * managers' worked tasks of the demo months (three a day each, from their book, with outcomes and
 * the surveys after them) - then the monthly run for last month and this month. Each manager and
 * clerk has a level of their own (a hash of the username), so rankings have a spread. Idempotent.
 */
@Component
public class StaffDemo {

    private static final String HISTORY = "demo:work-history";

    private final JdbcClient jdbc;
    private final HallVisitRatings ratings;
    private final StaffAssessment assessment;
    private final Clock clock;
    private final SyntheticTasks worked;
    private final SyntheticSurveys synthetic;

    public StaffDemo(JdbcClient jdbc, HallVisitRatings ratings, StaffAssessment assessment, Clock clock,
                     SyntheticTasks worked, SyntheticSurveys synthetic) {
        this.jdbc = jdbc;
        this.worked = worked;
        this.synthetic = synthetic;
        this.ratings = ratings;
        this.assessment = assessment;
        this.clock = clock;
    }

    public void run(PrintStream out) {
        LocalDate today = LocalDate.now(clock);
        YearMonth first = YearMonth.from(today).minusMonths(1);
        int rated = ratings.rate();
        int seeded = seed(first.atDay(1), today);
        out.printf("Staff assessment: %,d visit ratings and callbacks, %,d tests, tasks and surveys added%n", rated, seeded);
        for (YearMonth m = first; !m.isAfter(YearMonth.from(today)); m = m.plusMonths(1)) {
            StaffAssessment.Result r = assessment.assess(m);
            out.printf("  %s  %,d hall clerks, %,d phone managers assessed in %.1f s%n", r.month(), r.clerks(),
                    r.phoneManagers(), r.seconds());
        }
    }

    int seed(LocalDate from, LocalDate today) {
        Date start = Date.valueOf(from);
        Date yesterday = Date.valueOf(today.minusDays(1));
        int tests = jdbc.sql("""
                insert into staff_knowledge_tests (username, week_of, score, max_score, recorded_by, recorded_at)
                select h.username, w::date, 60 + abs(hashtext(h.username)) % 25 + abs(hashtext(h.username || w::text)) % 16,
                       100, 'demo-seed', w + interval '1 day 17 hours'
                from hall_clerks h
                cross join generate_series(date_trunc('week', cast(? as date)), cast(? as date), interval '7 days') w
                where w::date >= ?
                on conflict do nothing
                """).params(start, yesterday, start).update();
        if (jdbc.sql("select count(*) from task_records where note = ?").param(HISTORY).query(Long.class).single() > 0) {
            return tests;
        }
        // Each manager works three subscribers of their book a day; bias = how good they are (0-14).
        int tasks = worked.record("""
                with book as (
                    select a.username, a.msisdn, row_number() over (partition by a.username order by md5(a.msisdn)) as k,
                           count(*) over (partition by a.username) as size
                    from assignments a join staff s on s.username = a.username
                    where a.role = 'PHONE_MANAGER' and s.role = 'PHONE_MANAGER'
                ), work as (
                    select b.username, b.msisdn, d::date as day, abs(hashtext(b.username || b.msisdn || d::text)) as h,
                           abs(hashtext(b.username)) % 15 as bias
                    from generate_series(cast(:from as date), cast(:yesterday as date), interval '1 day') d
                    cross join generate_series(1, 3) j
                    join book b on b.k = ((cast(d::date - cast(:from as date) as integer) * 3 + j) % b.size) + 1
                ), worked as (
                    select *, case when h % 100 < 12 - bias / 2 then 'EXPIRED'
                                   when h % 100 < 26 - bias / 2 then 'FAILED' else 'DONE' end as status
                    from work
                )
                select msisdn, day, username, 'PHONE_MANAGER', status,
                       (array['CONTRACT_ENDING','SPEND_DROP','BIRTHDAY','POINTS_EXPIRING','STAR_UPGRADE'])[1 + h % 5], 10,
                       day + interval '18 hours',
                       case status when 'FAILED' then 'NOT_REACHED' when 'EXPIRED' then null
                            else case when (h / 100) % 100 < 8 + bias * 3 / 2 then 'REACHED_ACCEPTED'
                                      when (h / 100) % 100 < 70 then 'REACHED_REFUSED' else 'REACHED' end end,
                       cast(:note as text), day + interval '8 hours', day + interval '9 hours' + (h % 480) * interval '1 minute'
                from worked
                """, Map.of("from", start, "yesterday", yesterday, "note", HISTORY));
        // The surveys after the tasks (TASK_DONE, 20%), six in ten answered.
        int surveys = synthetic.surveys("""
                select t.msisdn, 'TASK_DONE', null::bigint, t.id, null, null, '', case when h % 10 < 6 then 'ANSWERED' else 'EXPIRED' end,
                       t.updated_at + interval '10 minutes', case when h % 10 < 6 then t.updated_at + interval '1 hour' end,
                       case when h % 10 < 6 then greatest(1, least(10, 5 + abs(hashtext(t.assignee || 'care')) % 4 + (h / 10) % 3)) end,
                       null, 'survey:TASK_DONE:task:' || t.id
                from (select t.*, abs(hashtext('task-survey' || t.id)) as h from task_records t
                      where t.note = :note and t.status = 'DONE') t
                where t.h % 5 = 0
                """, Map.of("note", HISTORY));
        return tests + tasks + surveys;
    }

}
