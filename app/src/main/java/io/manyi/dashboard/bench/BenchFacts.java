package io.manyi.dashboard.bench;

import io.manyi.loyalty.PointsLedger;
import java.sql.Date;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bench's synthetic facts, by generate_series: shapes and volumes like the demo province's, not its realism. */
final class BenchFacts {

    private BenchFacts() {
    }

    static void fill(JdbcClient jdbc, PointsLedger ledger, int n, int months, YearMonth last) {
        jdbc.sql("insert into plans values ('B-GT88', 'GoTone 88', 'GOTONE', 88.00, 500, 4096, 100, 'VOICE') on conflict do nothing").update();
        // 2% leave over the months, spread over them
        jdbc.sql("""
                insert into subscribers
                select lpad((15000000000 + i)::text, 11, '0'), 'c' || i, '440106199001010000', 'F', null,
                       (array['广州','深圳','佛山','东莞','珠海','汕头','惠州','中山','江门','湛江',
                              '茂名','肇庆','梅州','汕尾','河源','阳江','清远','潮州','揭阳','云浮','韶关'])[1 + i % 21],
                       '区', 'GOTONE', 'B-GT88', '2018-01-01',
                       case when i % 50 = 7 then 'CANCELLED' else 'ACTIVE' end, 'NORMAL', null,
                       case when i % 50 = 7 then (cast(:first as date) + make_interval(months => (i / 50)::int % :months, days => 9))::date end
                from generate_series(0::bigint, :n - 1) i
                """).param("n", n).param("months", months).param("first", Date.valueOf(last.minusMonths(months - 1).atDay(1))).update();
        ledger.openAccounts(PointsLedger.Rows.of("select msisdn from subscribers"));
        for (YearMonth m = last.minusMonths(months - 1); !m.isAfter(last); m = m.plusMonths(1)) {
            Date month = Date.valueOf(m.atDay(1));
            jdbc.sql("insert into tier_runs values (?, ?, 150, 80, 0, 1, now(), false)").params(month, n).update();
            jdbc.sql("""
                    insert into tier_assessments (month, msisdn, stars, candidate_stars, months_below, score, tenure_points,
                                                  spend_points, stability_points, arrears_points, average_spend, reasons)
                    select cast(:month as date), msisdn, s, s, 0, 50, 10, 20, 10, 10, 20 + (abs(hashtext(msisdn)) % 300), '[]'
                    from (select msisdn, (abs(hashtext(msisdn || cast(:month as date))) % 6) as s from subscribers
                          where cancelled_on is null or cancelled_on >= cast(:month as date)) x
                    """).param("month", month).update();
            // one accrual a subscriber a month, a redemption (of up to 100, never more than the month earned) for one in
            // twenty; written through the ledger, which keeps the balances
            ledger.appendAll(PointsLedger.Rows.named("""
                    select msisdn, 'ACCRUAL', 20 + abs(hashtext(msisdn)) % 300, cast(:end as date), null::date, cast(:month as date),
                           null::varchar, null::varchar, 'b:' || cast(:month as date) || ':' || msisdn, 'bench', now()
                    from subscribers where cancelled_on is null or cancelled_on >= cast(:month as date)
                    union all
                    select msisdn, 'REDEMPTION', -least(100, 20 + abs(hashtext(msisdn)) % 300), cast(:end as date) - 3, null::date, null::date,
                           null::varchar, null::varchar, 'r:' || cast(:month as date) || ':' || msisdn, 'bench', now()
                    from subscribers where abs(hashtext(msisdn || 'r' || cast(:month as date))) % 20 = 0 and (cancelled_on is null or cancelled_on >= cast(:month as date))
                    """, Map.of("month", month, "end", Date.valueOf(m.atEndOfMonth()))));
            jdbc.sql("""
                    insert into tasks (msisdn, due_on, channel, status, type, priority, sla_due_at, outcome, created_at, updated_at)
                    select msisdn, cast(:month as date) + (abs(hashtext(msisdn)) % 28), 'PHONE_MANAGER',
                           (array['DONE','DONE','DONE','FAILED','EXPIRED'])[1 + abs(hashtext(msisdn || cast(:month as date))) % 5], 'BIRTHDAY', 1, now(),
                           case when abs(hashtext(msisdn)) % 3 = 0 then 'REACHED_ACCEPTED' end, now(), now()
                    from subscribers where abs(hashtext(msisdn || 't' || cast(:month as date))) % 50 = 0
                    """).param("month", month).update();
            jdbc.sql("""
                    insert into tickets (msisdn, channel, category, severity, status, description, opened_at, status_changed_at, last_update,
                                         closed_at, sla_minutes, sla_breached_at, created_by)
                    select msisdn, 'HOTLINE', 'NETWORK', 'LOW', 'CLOSED', 'bench', o, o, o, o + interval '5 hours', 1440,
                           case when abs(hashtext(msisdn)) % 10 = 0 then o + interval '1 day' end, 'bench'
                    from (select msisdn, (cast(:month as date) + (abs(hashtext(msisdn)) % 28))::timestamptz + interval '10 hours' as o
                          from subscribers where abs(hashtext(msisdn || 'c' || cast(:month as date))) % 100 = 0) x
                    """).param("month", month).update();
            jdbc.sql("""
                    insert into surveys (msisdn, touchpoint, dimensions, status, sent_at, answered_at, score, dimension_scores, dedup_key)
                    select msisdn, 'PERIODIC', 'NETWORK,FEES,NEW_SERVICES', 'ANSWERED', o, o, 1 + abs(hashtext(msisdn)) % 10,
                           (1 + abs(hashtext(msisdn || 'a')) % 10) || ',' || (1 + abs(hashtext(msisdn || 'b')) % 10) || ','
                           || (1 + abs(hashtext(msisdn || 'c')) % 10), 'b:' || cast(:month as date) || ':' || msisdn
                    from (select msisdn, (cast(:month as date) + (abs(hashtext(msisdn)) % 28))::timestamptz + interval '9 hours' as o
                          from subscribers where abs(hashtext(msisdn || 's' || cast(:month as date))) % 50 = 0) x
                    """).param("month", month).update();
        }
        jdbc.sql("""
                insert into vip_cards
                select msisdn, 2026, (array[null,'SILVER','GOLD','DIAMOND'])[1 + abs(hashtext(msisdn)) % 4], 1000, 12, 'ANNUAL', '2025-11-01'
                from subscribers where abs(hashtext(msisdn)) % 3 = 0
                """).update();
        jdbc.sql("analyze").update();
    }
}
