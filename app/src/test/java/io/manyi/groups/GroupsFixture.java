package io.manyi.groups;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link SubscriberFixture} plus three hand-made groups whose figures for {@link #MONTH} are worked
 * out by hand in the tests:
 * <ul>
 *   <li>GB1 (class B, am01, contract ends 2025-03-15): 1 and 2 all along (100 yuan a month, churn
 *       probability 0.8 and 0.2), 3 left the network on 2025-01-10 (30 yuan in January), 4 left the
 *       group on 2025-01-20 (100 yuan; probability 0.9, no longer counted), 5 joined on 2025-01-05
 *       (50 yuan, probability 0.6). An open ticket of 1 opened in January, an open imported complaint
 *       of 2 from December.</li>
 *   <li>GC1 (class C, 广州, no manager in the data): 11 and 12, 200 yuan a month each until January's 100.</li>
 *   <li>GC2 (class C, 深圳, no manager in the data): 21.</li>
 * </ul>
 */
final class GroupsFixture {

    static final YearMonth MONTH = SubscriberFixture.LAST_MONTH; // 2025-01
    /** The first day after the month: monthly detection reads January. */
    static final LocalDate DAY = LocalDate.of(2025, 2, 1);

    private GroupsFixture() {
    }

    static String n(int i) {
        return "136000000" + (i < 10 ? "0" : "") + i;
    }

    static void load(JdbcClient jdbc, DemoUsers demoUsers) {
        SubscriberFixture.load(jdbc, demoUsers);
        seedCatalog(jdbc);
        jdbc.sql("insert into staff values ('am02', '赵敏', 'ACCOUNT_MANAGER', '广州', 'G1', 20)").update();
        for (int i : new int[] {1, 2, 3, 4, 5, 11, 12, 21}) {
            jdbc.sql("""
                    insert into subscribers values (?, ?, '440106199001010000', 'M', '1990-06-01', '广州', '天河',
                      'GOTONE', 'GT58', '2015-03-10', ?, 'NORMAL', null, ?)
                    """).params(n(i), "成员" + i, i == 3 ? "CANCELLED" : "ACTIVE",
                    i == 3 ? LocalDate.of(2025, 1, 10) : null).update();
        }
        jdbc.sql("""
                insert into group_customers values
                  ('GB1', '广州某制造有限公司', 'B', '广州', 'MANUFACTURING', 'am01', '2025-03-15'),
                  ('GC1', '广州某小店', 'C', '广州', 'RETAIL', null, null),
                  ('GC2', '深圳某小店', 'C', '深圳', 'RETAIL', null, null)
                """).update();
        jdbc.sql("""
                insert into group_members values
                  ('GB1', ?, '2020-01-01', null), ('GB1', ?, '2020-01-01', null), ('GB1', ?, '2020-01-01', '2025-01-10'),
                  ('GB1', ?, '2020-01-01', '2025-01-20'), ('GB1', ?, '2025-01-05', null),
                  ('GC1', ?, '2021-01-01', null), ('GC1', ?, '2021-01-01', null), ('GC2', ?, '2021-01-01', null)
                """).params(n(1), n(2), n(3), n(4), n(5), n(11), n(12), n(21)).update();
        for (String m : new String[] {"2024-10-01", "2024-11-01", "2024-12-01", "2025-01-01"}) {
            boolean january = m.equals("2025-01-01");
            usage(jdbc, n(1), m, 100);
            usage(jdbc, n(2), m, 100);
            usage(jdbc, n(3), m, january ? 30 : 100);
            usage(jdbc, n(4), m, 100);
            usage(jdbc, n(11), m, january ? 100 : 200);
            usage(jdbc, n(12), m, january ? 100 : 200);
            usage(jdbc, n(21), m, 20);
        }
        usage(jdbc, n(5), "2025-01-01", 50);
        for (Object[] score : new Object[][] {{n(1), 0.8}, {n(2), 0.2}, {n(4), 0.9}, {n(5), 0.6}}) {
            jdbc.sql("""
                    insert into churn_scores values ('2025-01-01', ?, null, ?, 50, 50, 50, 50, 50, 100,
                      array['spend fell'], array['消费下降'])
                    """).params(score[0], score[1]).update();
        }
        jdbc.sql("""
                insert into tickets (msisdn, channel, category, severity, status, description, opened_at, status_changed_at,
                                     last_update, sla_minutes, created_by)
                values (?, 'HOTLINE', 'NETWORK_SLOW', 'HIGH', 'OPEN', 'x', '2025-01-10 10:00+08', '2025-01-10 10:00+08',
                        '2025-01-10 10:00+08', 1440, 'agent')
                """).param(n(1)).update();
        jdbc.sql("""
                insert into complaints values ('CG2', ?, 'HOTLINE', '计费争议', 'MEDIUM', '2024-12-05 09:30', null, null)
                """).param(n(2)).update();
    }

    private static void usage(JdbcClient jdbc, String msisdn, String month, int spend) {
        jdbc.sql("insert into usage_monthly values (?, cast(? as date), ?, 100, 0, 0, 10, 200, 0, 0, 0, 30, 1)")
                .params(msisdn, month, spend).update();
    }

    /** truncateAll empties the catalog: put the migrations' rows back (V10's and the group types of V20). */
    static void seedCatalog(JdbcClient jdbc) {
        for (String migration : new String[] {"/db/migration/V10__moments.sql", "/db/migration/V20__groups.sql"}) {
            try (InputStream in = GroupsFixture.class.getResourceAsStream(migration)) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                jdbc.sql(sql.substring(sql.indexOf("insert into moment_types"))).update();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
