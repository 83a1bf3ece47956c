package io.manyi.campaigns;

import io.manyi.moments.ActionKind;
import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link SubscriberFixture}, the moment catalog, and {@code n} subscribers {@code 1360000xxxx}
 * of pm01 spending 100 yuan a month (2024-10 to 2025-01), for enrolment and uplift tests.
 */
final class CampaignFixture {

    static final LocalDate DAY = LocalDate.of(2025, 2, 3);

    private CampaignFixture() {
    }

    static String msisdn(int i) {
        return "1360000" + String.format("%04d", i);
    }

    static void load(JdbcClient jdbc, DemoUsers demoUsers, int n) {
        SubscriberFixture.load(jdbc, demoUsers);
        try (var in = CampaignFixture.class.getResourceAsStream("/db/migration/V10__moments.sql")) {
            String sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            jdbc.sql(sql.substring(sql.indexOf("insert into moment_types"))).update();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        jdbc.sql("""
                insert into subscribers
                select '1360000' || lpad(i::text, 4, '0'), '测试' || i, '44010619900204' || lpad(i::text, 4, '0'), 'M',
                       date '1990-02-04', case when i % 2 = 0 then '广州' else '深圳' end, '天河', 'GOTONE', 'GT58',
                       date '2020-06-01', 'ACTIVE', 'NORMAL', null, null
                from generate_series(1, ?) i
                """).param(n).update();
        jdbc.sql("""
                insert into assignments
                select '1360000' || lpad(i::text, 4, '0'), 'PHONE_MANAGER', 'pm01', date '2024-01-01' from generate_series(1, ?) i
                """).param(n).update();
        jdbc.sql("""
                insert into usage_monthly
                select '1360000' || lpad(i::text, 4, '0'), m::date, 100, 100, 0, 0, 10, 200, 0, 0, 0, 30, 1
                from generate_series(1, ?) i, generate_series(date '2024-10-01', date '2025-01-01', interval '1 month') m
                """).param(n).update();
    }

    /** A waiting moment of {@code type} detected on {@link #DAY}, worth {@code expectedValue} yuan. */
    static long moment(JdbcClient jdbc, String msisdn, String type, String occurrence, double expectedValue) {
        return jdbc.sql("""
                insert into moments (type, msisdn, occurrence, detected_on, window_ends, source, detail_zh, detail_en,
                                     value_yuan, expected_value, status, created_at)
                values (?, ?, ?, ?, ?, 'BATCH', '测试', 'test', 100, ?, 'NEW', now()) returning id
                """).params(type, msisdn, occurrence, DAY, DAY.plusDays(14), expectedValue).query(Long.class).single();
    }

    /** Waiting moments of {@code type} for subscribers 1..n. */
    static void moments(JdbcClient jdbc, int n, String type) {
        jdbc.sql("""
                insert into moments (type, msisdn, occurrence, detected_on, window_ends, source, detail_zh, detail_en,
                                     value_yuan, expected_value, status, created_at)
                select ?, '1360000' || lpad(i::text, 4, '0'), 'o1', ?, ?, 'BATCH', '测试', 'test', 100, 100, 'NEW', now()
                from generate_series(1, ?) i
                """).params(type, DAY, DAY.plusDays(14), n).update();
    }

    static NewCampaign campaign(List<String> types, CampaignStatus status) {
        return new NewCampaign("高风险挽留", "Retain high risk", new TargetRule(types, null, null, null, null, null),
                "赠送流量", "Free data", ActionKind.RETENTION, DAY.minusDays(10), DAY.plusDays(60), null, status);
    }
}
