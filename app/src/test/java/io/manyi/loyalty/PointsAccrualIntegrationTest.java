package io.manyi.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.testing.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The set-based accrual equals the reference arithmetic, runs once per month, and expiry takes FIFO. */
@IntegrationTest
class PointsAccrualIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    PointsAccrual accrual;

    @Autowired
    PointsExpiry expiry;

    @BeforeEach
    void fixture() {
        SubscriberFixture.load(jdbc, demoUsers);
    }

    @Test
    void accrualMatchesTheReferenceRulesForEveryMonthAndIsIdempotent() {
        var results = accrual.runAll();
        assertThat(results).hasSize(13);
        long written = results.stream().mapToLong(AccrualResult::entriesWritten).sum();
        assertThat(written).isPositive();

        Map<String, Long> expected = new HashMap<>();
        LocalDate activated = LocalDate.of(2010, 6, 1);
        jdbc.sql("select month, spend, vas_spend from usage_monthly where msisdn = ? order by month")
                .param(SubscriberFixture.OF_PM02)
                .query((rs, n) -> {
                    YearMonth month = YearMonth.from(rs.getDate(1).toLocalDate());
                    int years = (int) ChronoUnit.YEARS.between(activated, month.atEndOfMonth());
                    Accrual.of(rs.getBigDecimal(2).movePointRight(2).longValue(), rs.getBigDecimal(3).movePointRight(2).longValue(),
                                    years, 0, LoyaltyRules.defaults())
                            .forEach((type, points) -> expected.put(month + ":" + type, points));
                    return null;
                }).list();
        Map<String, Long> actual = new HashMap<>();
        jdbc.sql("select to_char(earned_month, 'YYYY-MM') || ':' || type, points from points_entries where msisdn = ?")
                .param(SubscriberFixture.OF_PM02)
                .query((rs, n) -> actual.put(rs.getString(1), rs.getLong(2))).list();
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).containsKey("2024-06:TENURE_BONUS").containsKey("2024-06:DATA_BONUS");

        var again = accrual.run(YearMonth.of(2024, 6));
        assertThat(again.entriesWritten()).isZero();
        assertThat(again.chunksRun()).isZero();
        assertThat(jdbc.sql("select count(*) from points_entries").query(Long.class).single()).isEqualTo(written);
        assertThat(LoyaltyFixture.balance(jdbc, SubscriberFixture.OF_PM02)).isPositive();
        assertThat(LoyaltyFixture.mismatchedAccounts(jdbc)).isZero();
    }

    @Test
    void expiryTakesWhatFifoLeavesAndRunsOnce() {
        accrual.runAll();
        // Usage 2024-01 .. 2025-01: cycle 2024 (..2024-11) points expire at the end of cycle 2025.
        long earnedCycle2024 = jdbc.sql("select sum(points) from points_entries where earned_month < '2024-12-01'")
                .query(Long.class).single();
        assertThat(expiry.due(new PointsCycle(2025))).singleElement()
                .satisfies(due -> assertThat(due.points()).isEqualTo(earnedCycle2024));
        assertThat(expiry.expire(new PointsCycle(2025))).isEqualTo(1);
        assertThat(expiry.expire(new PointsCycle(2025))).isZero();
        long left = LoyaltyFixture.balance(jdbc, SubscriberFixture.OF_PM02);
        long earnedLater = jdbc.sql("select sum(points) from points_entries where earned_month >= '2024-12-01'")
                .query(Long.class).single();
        assertThat(left).isEqualTo(earnedLater);
        assertThat(LoyaltyFixture.mismatchedAccounts(jdbc)).isZero();
        assertThat(expiry.notifyExpiring(new PointsCycle(2026))).isEqualTo(1);
        assertThat(expiry.notifyExpiring(new PointsCycle(2026))).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from sms_outbox where template = 'points-expiring'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theDailyJobInTheFirstWeekOfACycleExpiresThePreviousCyclesDuePoints() {
        accrual.runAll();
        long due = expiry.due(new PointsCycle(2025)).getFirst().points();
        assertThat(due).isPositive();

        expiry.dailyAsOf(LocalDate.of(2025, 12, 3));
        expiry.dailyAsOf(LocalDate.of(2025, 12, 4));

        assertThat(jdbc.sql("select coalesce(sum(-points), 0) from points_entries where type = 'EXPIRY'")
                .query(Long.class).single()).isEqualTo(due);
        assertThat(LoyaltyFixture.mismatchedAccounts(jdbc)).isZero();
    }
}
