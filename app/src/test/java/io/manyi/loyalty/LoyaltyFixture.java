package io.manyi.loyalty;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The subscriber fixture plus a catalog, a merchant and qualifying points for the current cycle. */
final class LoyaltyFixture {

    static final String RICH = SubscriberFixture.OF_PM02;
    static final String OTHER = SubscriberFixture.OF_PM01;

    private LoyaltyFixture() {
    }

    static void load(JdbcClient jdbc, DemoUsers demoUsers) {
        SubscriberFixture.load(jdbc, demoUsers);
        jdbc.sql("""
                insert into points_catalog (code, name_zh, name_en, kind, cost_points, stock, limit_per_subscriber) values
                  ('DATA-1G', '1GB 流量包', '1 GB data pack', 'MOBILE_PRODUCT', 100, null, null),
                  ('LOUNGE', '机场贵宾厅服务', 'Airport lounge visit', 'SERVICE', 300, 5, 2)
                """).update();
        jdbc.sql("insert into points_merchants values ('M-COFFEE', '街角咖啡', 'Corner Coffee'), ('M-MART', '便民超市', 'Mart')").update();
    }

    /** A qualifying ACCRUAL entry earned in the first month of today's cycle. */
    static void earn(JdbcClient jdbc, Clock clock, String msisdn, long points) {
        PointsCycle cycle = PointsCycle.of(LocalDate.now(clock));
        jdbc.sql("insert into points_accounts (msisdn, opened_at) values (?, now()) on conflict do nothing").param(msisdn).update();
        jdbc.sql("update points_accounts set balance = balance + ? where msisdn = ?").params(points, msisdn).update();
        jdbc.sql("""
                        insert into points_entries (msisdn, type, points, effective_on, expires_on, earned_month,
                                                    idempotency_key, created_by, created_at)
                        values (?, 'ACCRUAL', ?, ?, ?, ?, ?, 'test', now())
                        """)
                .params(msisdn, points, Date.valueOf(cycle.firstMonth().atEndOfMonth()),
                        Date.valueOf(cycle.expiryOfPointsEarned(LoyaltyRules.defaults())), Date.valueOf(cycle.firstDay()),
                        "test:" + UUID.randomUUID())
                .update();
    }

    /**
     * The balance as the sum of the account's entries, after checking that the balance stored on
     * the account equals it (the invariant every writer keeps).
     */
    static long balance(JdbcClient jdbc, String msisdn) {
        long derived = jdbc.sql("select coalesce(sum(points), 0) from points_entries where msisdn = ?").param(msisdn)
                .query(Long.class).single();
        long stored = jdbc.sql("select coalesce((select balance from points_accounts where msisdn = ?), 0)").param(msisdn)
                .query(Long.class).single();
        if (stored != derived) {
            throw new AssertionError("account " + msisdn + ": stored balance " + stored + " but its entries sum to " + derived);
        }
        return derived;
    }

    /** Accounts whose stored balance differs from the sum of their entries (should be none). */
    static long mismatchedAccounts(JdbcClient jdbc) {
        return jdbc.sql("""
                select count(*) from points_accounts a
                left join (select msisdn, sum(points) as points from points_entries group by msisdn) e on e.msisdn = a.msisdn
                where a.balance <> coalesce(e.points, 0)
                """).query(Long.class).single();
    }

    static long entries(JdbcClient jdbc, String msisdn) {
        return jdbc.sql("select count(*) from points_entries where msisdn = ?").param(msisdn).query(Long.class).single();
    }
}
