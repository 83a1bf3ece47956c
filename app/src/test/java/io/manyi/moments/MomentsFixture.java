package io.manyi.moments;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link SubscriberFixture} plus {@value #BIRTHDAYS} subscribers of pm01 whose birthday is the day
 * after {@link #DAY}, half of them big spenders (1000 yuan a month), half small (100 yuan).
 * pm01's capacity is {@value #CAPACITY} calls a day.
 */
final class MomentsFixture {

    /** A Monday, after the fixture's last month of usage (2025-01). */
    static final LocalDate DAY = LocalDate.of(2025, 2, 3);
    static final int BIRTHDAYS = 30;
    static final int CAPACITY = 5;

    private MomentsFixture() {
    }

    /** truncateAll empties the catalog too: put the migration's seed rows back. */
    static void seedCatalog(JdbcClient jdbc) {
        try (var in = MomentsFixture.class.getResourceAsStream("/db/migration/V10__moments.sql")) {
            String sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            jdbc.sql(sql.substring(sql.indexOf("insert into moment_types"))).update();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void load(JdbcClient jdbc, DemoUsers demoUsers) {
        SubscriberFixture.load(jdbc, demoUsers);
        seedCatalog(jdbc);
        jdbc.sql("update staff set daily_capacity = ? where username = 'pm01'").param(CAPACITY).update();
        jdbc.sql("""
                insert into subscribers
                select '1350000' || lpad(i::text, 4, '0'), '测试' || i, '44010619900204' || lpad(i::text, 4, '0'), 'M',
                       date '1990-02-04', '广州', '天河', 'GOTONE', 'GT58', date '2020-06-01', 'ACTIVE', 'NORMAL', null, null
                from generate_series(1, ?) i
                """).param(BIRTHDAYS).update();
        jdbc.sql("""
                insert into assignments
                select '1350000' || lpad(i::text, 4, '0'), 'PHONE_MANAGER', 'pm01', date '2024-01-01' from generate_series(1, ?) i
                """).param(BIRTHDAYS).update();
        jdbc.sql("""
                insert into usage_monthly
                select '1350000' || lpad(i::text, 4, '0'), m::date, case when i % 2 = 0 then 1000 else 100 end,
                       100, 0, 0, 10, 200, 0, 0, 0, 30, 1
                from generate_series(1, ?) i, generate_series(date '2024-10-01', date '2025-01-01', interval '1 month') m
                """).param(BIRTHDAYS).update();
    }
}
