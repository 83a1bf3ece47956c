package io.manyi.hall;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.hall.demo.HallDemo;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's promise: halls with closed days, one explained difference, last month closed, today open. */
@IntegrationTest
class HallDemoIntegrationTest {

    @Autowired
    HallDemo demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    Clock clock;

    @Test
    void seedsClosedDaysWithOneExplainedDifferenceAndOnlyOnce() {
        TestDatabase.truncateAll(jdbc);
        LocalDate today = LocalDate.now(clock);
        LocalDate first = YearMonth.from(today).minusMonths(1).atDay(1);
        int closed = demo.seedOnce();
        long daysBeforeToday = ChronoUnit.DAYS.between(first, today);
        assertThat(closed).isEqualTo(4 * daysBeforeToday);
        assertThat(jdbc.sql("select count(*) from hall_day_closes").query(Long.class).single()).isEqualTo(closed);
        assertThat(jdbc.sql("select count(*) from hall_day_closes where differences > 0").query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select result::text from hall_day_closes where differences > 0").query(String.class).single())
                .contains("cash.CASH");
        assertThat(jdbc.sql("select count(*) from hall_month_closes").query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from hall_day_closes where business_day = ?").param(java.sql.Date.valueOf(today))
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from hall_checks where kind = 'MYSTERY_SHOPPER'").query(Long.class).single())
                .isPositive();
        assertThat(demo.seedOnce()).isZero();
        assertThat(demoUsers.ensure()).extracting(DemoUsers.DemoUser::username).contains("hall01", "hall10");
    }
}
