package io.manyi.subscriber;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.TestDatabase;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A tiny province for web and API tests: one plan, phone managers pm01 and pm02 (and an account
 * manager), three subscribers and the demo accounts (password {@code demo}).
 */
public final class SubscriberFixture {

    /** Assigned to pm01. */
    public static final String OF_PM01 = "13800000001";
    /** Assigned to pm02, with a year and a month of usage, payments, VAS, a group and complaints. */
    public static final String OF_PM02 = "13912345678";
    /** Assigned to nobody. */
    public static final String UNASSIGNED = "13700001234";
    public static final String PASSWORD = DemoUsers.PASSWORD;
    /** The last month of usage and payments: 13 months from 2024-01. */
    public static final YearMonth LAST_MONTH = YearMonth.of(2025, 1);

    private SubscriberFixture() {
    }

    public static void load(JdbcClient jdbc, DemoUsers demoUsers) {
        TestDatabase.truncateAll(jdbc);
        jdbc.sql("insert into plans values ('GT58', '全球通 58 元套餐', 'GOTONE', 58.00, 300, 2048, 100, 'VOICE')").update();
        jdbc.sql("""
                insert into staff values
                  ('pm01', '王芳', 'PHONE_MANAGER', '广州', 'T1', 40),
                  ('pm02', '李强', 'PHONE_MANAGER', '广州', 'T1', 40),
                  ('am01', '陈静', 'ACCOUNT_MANAGER', '广州', 'G1', 20)
                """).update();
        jdbc.sql("""
                insert into subscribers values
                  ('13800000001', '张小明', '440106199001011234', 'M', '1990-01-01', '广州', '天河', 'GOTONE', 'GT58',
                   '2015-03-10', 'ACTIVE', 'NORMAL', null, null),
                  ('13912345678', '李四海', '440104198503147777', 'F', '1985-03-14', '广州', '越秀', 'GOTONE', 'GT58',
                   '2010-06-01', 'ACTIVE', 'NORMAL', '2025-12-31', null),
                  ('13700001234', '王五', '440103197512125555', 'M', '1975-12-12', '深圳', '南山', 'GOTONE', 'GT58',
                   '2020-01-15', 'SUSPENDED', 'NORMAL', null, null)
                """).update();
        jdbc.sql("""
                insert into assignments values
                  ('13800000001', 'PHONE_MANAGER', 'pm01', '2024-01-01'),
                  ('13912345678', 'PHONE_MANAGER', 'pm02', '2024-01-01'),
                  ('13912345678', 'ACCOUNT_MANAGER', 'am01', '2024-02-01')
                """).update();
        // 13 months of plausible figures (they make the README's screenshot); forwarding to a
        // competitor only in the last month.
        jdbc.sql("""
                insert into usage_monthly
                select '13912345678', (date '2024-01-01' + make_interval(months => m))::date,
                       round((92 + 1.5 * m + 14 * sin(m / 1.7))::numeric, 2),
                       (230 + 45 * sin(m * 0.9))::int, (35 + 10 * cos(m))::int,
                       case when m in (1, 7) then 60 else 4 end, 40 - m,
                       (900 + 380 * m + 500 * cos(m * 1.3))::int, 6.00, m % 3,
                       case when m = 12 then 7 else 0 end, 50 - m, 3 + m / 4
                from generate_series(0, 12) m
                """).update();
        jdbc.sql("""
                insert into payments
                select '13912345678', (date '2024-01-01' + make_interval(months => m))::date, 100 + m,
                       case when m = 12 then 0 else 100 + m end,
                       case when m = 12 then null else (date '2024-02-05' + make_interval(months => m))::date end,
                       case when m = 12 then 112 else 0 end, case when m = 12 then 20 else 0 end
                from generate_series(0, 12) m
                """).update();
        jdbc.sql("""
                insert into vas_subscriptions values
                  ('13912345678', 'CRBT', '彩铃', 'SMS', '2024-05-01 10:00', true, null, 5.00),
                  ('13912345678', 'GAME', '游戏包', 'WAP', '2024-11-20 22:13', false, null, 10.00),
                  ('13912345678', 'NEWS', '手机报', 'SMS', '2023-01-01 09:00', true, '2024-01-01 09:00', 3.00)
                """).update();
        jdbc.sql("insert into group_customers values ('G001', '广州某科技有限公司', 'A', '广州', 'IT', 'am01')").update();
        jdbc.sql("insert into group_members values ('G001', '13912345678', '2019-01-01', null)").update();
        jdbc.sql("""
                insert into complaints values
                  ('C1', '13912345678', 'HOTLINE', '计费争议', 'MEDIUM', '2024-12-02 09:30', null, '月初扣费与套餐不符'),
                  ('C2', '13912345678', 'HALL', '网络质量', 'LOW', '2024-06-10 15:00', '2024-06-12 10:00', null)
                """).update();
        demoUsers.ensure();
    }
}
