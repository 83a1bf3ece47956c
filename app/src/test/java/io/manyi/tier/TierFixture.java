package io.manyi.tier;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The subscriber fixture (13 months from 2024-01 to 2025-01) and three subscribers whose levels
 * are known from the default rules:
 * <ul>
 * <li>{@link #STEADY}: GoTone since 2014, 200 yuan every month: 20 + 40 + 10 = 70, five stars;</li>
 * <li>{@link #NEWCOMER}: EasyOwn since mid-2023, 30 yuan: one star from its third month (5 + 10, later 5 + 5 + 10);</li>
 * <li>{@link #DEFAULTER}: like STEADY, but 300 yuan unpaid and 90 days overdue in 2024-10, -11 and -12: each
 *     month costs 23 points, so it falls below five stars in 2024-10 and is downgraded in 2024-12, the third month.</li>
 * </ul>
 */
public final class TierFixture {

    public static final String STEADY = "13500000001";
    public static final String NEWCOMER = "13500000002";
    public static final String DEFAULTER = "13500000003";
    public static final YearMonth FIRST = YearMonth.of(2024, 1);
    public static final YearMonth LAST = SubscriberFixture.LAST_MONTH;

    private TierFixture() {
    }

    public static void load(JdbcClient jdbc, DemoUsers demoUsers) {
        SubscriberFixture.load(jdbc, demoUsers);
        jdbc.sql("""
                insert into subscribers values
                  ('13500000001', '赵一', '440106198001011111', 'M', '1980-01-01', '广州', '天河', 'GOTONE', 'GT58',
                   '2014-01-01', 'ACTIVE', 'NORMAL', null, null),
                  ('13500000002', '钱二', '440106199901012222', 'F', '1999-01-01', '深圳', '南山', 'EASYOWN', 'GT58',
                   '2023-06-01', 'ACTIVE', 'NORMAL', null, null),
                  ('13500000003', '孙三', '440106197001013333', 'M', '1970-01-01', '深圳', '福田', 'GOTONE', 'GT58',
                   '2014-01-01', 'ACTIVE', 'NORMAL', null, null)
                """).update();
        jdbc.sql("insert into assignments values ('13500000001', 'PHONE_MANAGER', 'pm01', '2024-01-01')").update();
        jdbc.sql("""
                insert into usage_monthly
                select s.msisdn, (date '2024-01-01' + make_interval(months => m))::date, s.spend,
                       100, 10, 0, 10, 1000, 0, 0, 0, 20, 0
                from (values ('13500000001', 200.00), ('13500000002', 30.00), ('13500000003', 200.00)) s(msisdn, spend)
                cross join generate_series(0, 12) m
                """).update();
        jdbc.sql("""
                insert into payments
                select s.msisdn, (date '2024-01-01' + make_interval(months => m))::date, s.spend,
                       case when s.msisdn = '13500000003' and m between 9 and 11 then s.spend - 300 else s.spend end,
                       null,
                       case when s.msisdn = '13500000003' and m between 9 and 11 then 300 else 0 end,
                       case when s.msisdn = '13500000003' and m between 9 and 11 then 90 else 0 end
                from (values ('13500000001', 200.00), ('13500000002', 30.00), ('13500000003', 400.00)) s(msisdn, spend)
                cross join generate_series(0, 12) m
                """).update();
    }
}
