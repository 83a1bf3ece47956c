package io.manyi.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.hall.demo.HallDemo;
import io.manyi.staff.demo.StaffDemo;
import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.sql.Date;
import java.time.Clock;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's promise: the halls' clerks and the phone managers have assessments with their figures, for both demo months. */
@IntegrationTest
class StaffDemoIntegrationTest {

    @Autowired
    HallDemo halls;

    @Autowired
    StaffDemo staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void clerksAndPhoneManagersHaveAssessmentsWithFiguresForTheDemoMonths() {
        TestDatabase.truncateAll(jdbc);
        YearMonth thisMonth = YearMonth.now(clock);
        jdbc.sql("insert into plans values ('GT58', '全球通 58 元套餐', 'GOTONE', 58.00, 300, 2048, 100, 'VOICE')").update();
        jdbc.sql("""
                insert into staff (username, display_name, role, city, team) values
                  ('pm01', '电话经理一', 'PHONE_MANAGER', '广州', 'GZ-1'), ('pm02', '电话经理二', 'PHONE_MANAGER', '深圳', 'SZ-1')
                """).update();
        // 200 subscribers in each demo hall's city, split between the two phone managers.
        jdbc.sql("""
                insert into subscribers (msisdn, name, id_number, gender, city, district, brand, plan_code, activated_on, status)
                select '139' || lpad(n::text, 8, '0'), '客户' || n, '440000000000000000', 'M',
                       (array['广州','深圳','佛山','东莞'])[1 + n % 4], '区', 'GOTONE', 'GT58', ?, 'ACTIVE'
                from generate_series(1, 800) n
                """).param(Date.valueOf(thisMonth.minusMonths(12).atDay(1))).update();
        jdbc.sql("""
                insert into assignments (msisdn, role, username, since)
                select msisdn, 'PHONE_MANAGER', case when right(msisdn, 1) < '5' then 'pm01' else 'pm02' end, ?
                from subscribers
                """).param(Date.valueOf(thisMonth.minusMonths(12).atDay(1))).update();
        halls.seedOnce();

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        staff.run(new PrintStream(console, true));

        assertThat(jdbc.sql("select count(*) from surveys where touchpoint = 'HALL_VISIT' and clerk is not null and score is not null")
                .query(Long.class).single()).isGreaterThan(100);
        assertThat(jdbc.sql("select count(*) from callback_tasks where reason = 'LOW_SURVEY_SCORE'").query(Long.class).single())
                .isPositive();
        for (YearMonth month : new YearMonth[] {thisMonth.minusMonths(1), thisMonth}) {
            Date first = Date.valueOf(month.atDay(1));
            assertThat(jdbc.sql("select count(*) from staff_assessments where month = ? and role = 'HALL_CLERK' and total is not null")
                    .param(first).query(Long.class).single()).as("clerks of " + month).isEqualTo(10);
            assertThat(jdbc.sql("""
                    select count(*) from staff_assessments where month = ? and role = 'PHONE_MANAGER' and total is not null
                      and (components -> 0 -> 'figures' ->> 'due')::int > 0
                    """).param(first).query(Long.class).single()).as("phone managers of " + month).isEqualTo(2);
        }
        // Every clerk component has figures last month (a full month of checks, tests, ratings, callbacks somewhere).
        assertThat(jdbc.sql("""
                select count(*) from staff_assessments a, jsonb_array_elements(a.components) c
                where a.month = ? and a.role = 'HALL_CLERK' and c ->> 'score' is not null and c ->> 'component' <> 'CALLBACK_SATISFACTION'
                """).param(Date.valueOf(thisMonth.minusMonths(1).atDay(1))).query(Long.class).single()).isEqualTo(40);
        assertThat(console.toString()).contains("hall clerks");

        long surveys = jdbc.sql("select count(*) from surveys").query(Long.class).single();
        long tasks = jdbc.sql("select count(*) from tasks").query(Long.class).single();
        staff.run(new PrintStream(new ByteArrayOutputStream()));
        assertThat(jdbc.sql("select count(*) from surveys").query(Long.class).single()).isEqualTo(surveys);
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isEqualTo(tasks);
        assertThat(jdbc.sql("select count(*) from staff_assessments").query(Long.class).single()).isEqualTo(24);
    }
}
