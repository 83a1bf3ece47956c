package io.manyi.dashboard.bench;

import io.manyi.complaints.SyntheticTickets;
import io.manyi.intake.Kind;
import io.manyi.intake.SyntheticFacts;
import io.manyi.loyalty.PointsLedger;
import io.manyi.moments.SyntheticTasks;
import io.manyi.satisfaction.SyntheticSurveys;
import io.manyi.tier.SyntheticStarLevels;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bench's synthetic facts, by generate_series: shapes and volumes like the demo province's, not its
 * realism. Each feature writes its own rows (the rows' SELECTs are the bench's).
 */
final class BenchFacts {

    private BenchFacts() {
    }

    static void fill(ApplicationContext context, int n, int months, YearMonth last) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        SyntheticFacts facts = context.getBean(SyntheticFacts.class);
        SyntheticStarLevels levels = context.getBean(SyntheticStarLevels.class);
        facts.insert(Kind.PLANS, "select 'B-GT88', 'GoTone 88', 'GOTONE', 88.00, 500, 4096, 100, 'VOICE'");
        // 2% leave over the months, spread over them
        facts.insert(Kind.SUBSCRIBERS, """
                select lpad((15000000000 + i)::text, 11, '0'), 'c' || i, '440106199001010000', 'F', null,
                       (array['广州','深圳','佛山','东莞','珠海','汕头','惠州','中山','江门','湛江',
                              '茂名','肇庆','梅州','汕尾','河源','阳江','清远','潮州','揭阳','云浮','韶关'])[1 + i % 21],
                       '区', 'GOTONE', 'B-GT88', '2018-01-01',
                       case when i % 50 = 7 then 'CANCELLED' else 'ACTIVE' end, 'NORMAL', null,
                       case when i % 50 = 7 then (cast(:first as date) + make_interval(months => (i / 50)::int % :months, days => 9))::date end
                from generate_series(0::bigint, :n - 1) i
                """, Map.of("n", n, "months", months, "first", Date.valueOf(last.minusMonths(months - 1).atDay(1))));
        PointsLedger ledger = context.getBean(PointsLedger.class);
        ledger.openAccounts(PointsLedger.Rows.of("select msisdn from subscribers"));
        for (YearMonth m = last.minusMonths(months - 1); !m.isAfter(last); m = m.plusMonths(1)) {
            Date month = Date.valueOf(m.atDay(1));
            levels.assess(m, new BigDecimal(150), new BigDecimal(80), """
                    select msisdn, s, 20 + (abs(hashtext(msisdn)) % 300)
                    from (select msisdn, (abs(hashtext(msisdn || cast(:month as date))) % 6) as s from subscribers
                          where cancelled_on is null or cancelled_on >= cast(:month as date)) x
                    """, Map.of("month", month));
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
            context.getBean(SyntheticTasks.class).record("""
                    select msisdn, cast(:month as date) + (abs(hashtext(msisdn)) % 28), null, 'PHONE_MANAGER',
                           (array['DONE','DONE','DONE','FAILED','EXPIRED'])[1 + abs(hashtext(msisdn || cast(:month as date))) % 5], 'BIRTHDAY', 1, now(),
                           case when abs(hashtext(msisdn)) % 3 = 0 then 'REACHED_ACCEPTED' end, null, now(), now()
                    from subscribers where abs(hashtext(msisdn || 't' || cast(:month as date))) % 50 = 0
                    """, Map.of("month", month));
            context.getBean(SyntheticTickets.class).recordClosed("""
                    select msisdn, 'HOTLINE', 'NETWORK', 'LOW', 'bench', o, o + interval '5 hours', 1440,
                           case when abs(hashtext(msisdn)) % 10 = 0 then o + interval '1 day' end, 'bench'
                    from (select msisdn, (cast(:month as date) + (abs(hashtext(msisdn)) % 28))::timestamptz + interval '10 hours' as o
                          from subscribers where abs(hashtext(msisdn || 'c' || cast(:month as date))) % 100 = 0) x
                    """, Map.of("month", month));
            context.getBean(SyntheticSurveys.class).surveys("""
                    select msisdn, 'PERIODIC', null::bigint, null::bigint, null, null, 'NETWORK,FEES,NEW_SERVICES', 'ANSWERED', o, o,
                           1 + abs(hashtext(msisdn)) % 10,
                           (1 + abs(hashtext(msisdn || 'a')) % 10) || ',' || (1 + abs(hashtext(msisdn || 'b')) % 10) || ','
                           || (1 + abs(hashtext(msisdn || 'c')) % 10), 'b:' || cast(:month as date) || ':' || msisdn
                    from (select msisdn, (cast(:month as date) + (abs(hashtext(msisdn)) % 28))::timestamptz + interval '9 hours' as o
                          from subscribers where abs(hashtext(msisdn || 's' || cast(:month as date))) % 50 = 0) x
                    """, Map.of("month", month));
        }
        levels.cards("""
                select msisdn, 2026, (array[null,'SILVER','GOLD','DIAMOND'])[1 + abs(hashtext(msisdn)) % 4], 1000, 12, 'ANNUAL', date '2025-11-01'
                from subscribers where abs(hashtext(msisdn)) % 3 = 0
                """, Map.of());
        jdbc.sql("analyze").update();
    }
}
