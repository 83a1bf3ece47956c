package io.manyi.hall;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.TestDatabase;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two halls (H1 in Guangzhou with its manager boss1 and clerk clerk1; H2 with clerk2) and one day
 * of H1's business, {@code day1}: ¥100 cash and ¥50.50 WeChat taken, SIM cards 100-149 received
 * and 100-104 sold, invoices 1000-1001 issued and 1002 voided from the roll 1000-1099.
 */
final class HallFixture {

    private HallFixture() {
    }

    static void load(JdbcClient jdbc, DemoUsers demoUsers, LocalDate day1) {
        TestDatabase.truncateAll(jdbc);
        jdbc.sql("insert into halls values ('H1', '天河营业厅', 'A', '广州', '天河区', ?), ('H2', '福田营业厅', 'B', '深圳', null, ?)")
                .params(Date.valueOf(day1), Date.valueOf(day1)).update();
        jdbc.sql("""
                insert into hall_staff values ('boss1', 'H1', '陈经理', 'HALL_MANAGER'), ('clerk1', 'H1', '林营业员', 'CLERK'),
                                              ('clerk2', 'H2', '黄营业员', 'CLERK')
                """).update();
        jdbc.sql("""
                insert into staff (username, display_name, role) values ('boss1', '陈经理', 'HALL_CLERK'),
                    ('clerk1', '林营业员', 'HALL_CLERK'), ('clerk2', '黄营业员', 'HALL_CLERK')
                """).update();
        demoUsers.ensure();
        jdbc.sql("""
                insert into hall_transactions (hall_id, business_day, clerk, method, amount, kind, recorded_at) values
                  ('H1', ?, 'clerk1', 'CASH', 60.00, 'TOP_UP', now()), ('H1', ?, 'clerk1', 'CASH', 40.00, 'BILL_PAYMENT', now()),
                  ('H1', ?, 'clerk1', 'WECHAT', 50.50, 'SIM_SALE', now())
                """).params(Date.valueOf(day1), Date.valueOf(day1), Date.valueOf(day1)).update();
        jdbc.sql("""
                insert into hall_card_movements (hall_id, business_day, card_type, movement, serial_from, serial_to, recorded_at)
                values ('H1', ?, 'SIM', 'RECEIVED', 100, 149, now()), ('H1', ?, 'SIM', 'SOLD', 100, 104, now())
                """).params(Date.valueOf(day1), Date.valueOf(day1)).update();
        jdbc.sql("insert into hall_invoice_rolls values ('H1', ?, 1000, 1099)").param(Date.valueOf(day1)).update();
        jdbc.sql("""
                insert into hall_invoices (hall_id, business_day, invoice_no, status, amount, reason, recorded_at) values
                  ('H1', ?, 1000, 'ISSUED', 60.00, null, now()), ('H1', ?, 1001, 'ISSUED', 40.00, null, now()),
                  ('H1', ?, 1002, 'VOIDED', null, '打印错误', now())
                """).params(Date.valueOf(day1), Date.valueOf(day1), Date.valueOf(day1)).update();
    }
}
