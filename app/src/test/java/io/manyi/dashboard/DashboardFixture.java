package io.manyi.dashboard;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hand-made province of ten subscribers in two cities whose dashboard figures for 2026-10 add up
 * by hand (the expected numbers are derived in the comments next to each block, and in
 * DashboardIntegrationTest).
 *
 * <pre>
 * 广州 G1..G6 = 1380000000[1-6], 深圳 S1..S4 = 1390000000[1-4]
 * G6 left 2026-09-10, G5 left 2026-10-15, S4 left 2026-10-20
 * </pre>
 */
final class DashboardFixture {

    static final String G1 = "13800000001", G2 = "13800000002", G3 = "13800000003", G4 = "13800000004", G5 = "13800000005",
            G6 = "13800000006", S1 = "13900000001", S2 = "13900000002", S3 = "13900000003", S4 = "13900000004";

    private DashboardFixture() {
    }

    static void load(JdbcClient jdbc, DemoUsers demoUsers) {
        TestDatabase.truncateAll(jdbc);
        jdbc.sql("insert into staff values ('pm01', '王芳', 'PHONE_MANAGER', '广州', 'T1', 40)").update();
        demoUsers.ensure();
        jdbc.sql("insert into plans values ('P1', '全球通 88', 'GOTONE', 88.00, 300, 2048, 100, 'VOICE')").update();
        jdbc.sql("""
                insert into subscribers (msisdn, name, id_number, gender, city, district, brand, plan_code, activated_on, status, cancelled_on)
                select m, 'n', '440100199001010000', 'M', c, 'd', 'GOTONE', 'P1', date '2020-01-01', case when x is null then 'ACTIVE' else 'CANCELLED' end, x
                from (values ('13800000001', '广州', null::date), ('13800000002', '广州', null), ('13800000003', '广州', null),
                             ('13800000004', '广州', null), ('13800000005', '广州', date '2026-10-15'), ('13800000006', '广州', date '2026-09-10'),
                             ('13900000001', '深圳', null), ('13900000002', '深圳', null), ('13900000003', '深圳', null),
                             ('13900000004', '深圳', date '2026-10-20')) v(m, c, x)
                """).update();
        // Mid/high-end = 3+ stars or average spend >= the month's mid cut-off (100).
        jdbc.sql("""
                insert into tier_runs (month, subscribers, high_from, mid_from, changes, seconds, finished_at) values
                  ('2026-09-01', 10, 200, 100, 0, 1, now()), ('2026-10-01', 9, 200, 100, 0, 1, now())
                """).update();
        // September: G1 4★, G2 3★, G3 1★ but spend 120, G5 3★, G6 4★ (left before October), S1 5★, S4 spend 110:
        // October's base = G1 G2 G3 G5 | S1 S4 = 6; of those G5 and S4 left in October.
        // October: stars 0:G4, 1:S2, 2:G3 S3 S4, 3:G2 G5, 4:G1, 5:S1 (9 assessed, 4 with 3+).
        jdbc.sql("""
                insert into tier_assessments (month, msisdn, stars, candidate_stars, months_below, score, tenure_points, spend_points,
                                              stability_points, arrears_points, average_spend, reasons)
                select month::date, m, s, s, 0, 0, 0, 0, 0, 0, spend, '[]'
                from (values ('2026-09-01', '13800000001', 4, 250), ('2026-09-01', '13800000002', 3, 50), ('2026-09-01', '13800000003', 1, 120),
                             ('2026-09-01', '13800000004', 0, 30), ('2026-09-01', '13800000005', 3, 150), ('2026-09-01', '13800000006', 4, 260),
                             ('2026-09-01', '13900000001', 5, 300), ('2026-09-01', '13900000002', 1, 20), ('2026-09-01', '13900000003', 2, 90),
                             ('2026-09-01', '13900000004', 2, 110),
                             ('2026-10-01', '13800000001', 4, 250), ('2026-10-01', '13800000002', 3, 50), ('2026-10-01', '13800000003', 2, 120),
                             ('2026-10-01', '13800000004', 0, 30), ('2026-10-01', '13800000005', 3, 150),
                             ('2026-10-01', '13900000001', 5, 300), ('2026-10-01', '13900000002', 1, 20), ('2026-10-01', '13900000003', 2, 90),
                             ('2026-10-01', '13900000004', 2, 110)) v(month, m, s, spend)
                """).update();
        // Cycle 2026 cards: G1 gold, S1 diamond, G2 reviewed without a card; G6's silver does not count (gone in October).
        jdbc.sql("""
                insert into vip_cards values
                  ('13800000001', 2026, 'GOLD', 3500, 12, 'ANNUAL', '2025-11-01'), ('13900000001', 2026, 'DIAMOND', 7000, 12, 'ANNUAL', '2025-11-01'),
                  ('13800000002', 2026, null, 900, 12, 'ANNUAL', '2025-11-01'), ('13800000006', 2026, 'SILVER', 2000, 12, 'ANNUAL', '2025-11-01')
                """).update();
        // Points: end of September 1,000 (G1); end of October 1,000 - 300 + 500 = 1,200 (S1's November entry not yet).
        jdbc.sql("""
                insert into points_entries (msisdn, type, points, effective_on, idempotency_key, created_by, created_at) values
                  ('13800000001', 'ACCRUAL', 1000, '2026-09-30', 'k1', 't', now()), ('13800000001', 'REDEMPTION', -300, '2026-10-12', 'k2', 't', now()),
                  ('13900000001', 'ACCRUAL', 500, '2026-10-31', 'k3', 't', now()), ('13900000001', 'ACCRUAL', 200, '2026-11-30', 'k4', 't', now())
                """).update();
        // Tasks due in October: 5, 2 done (1 accepted), 1 failed, 1 expired, 1 open. September: 1, done.
        jdbc.sql("""
                insert into tasks (msisdn, due_on, channel, status, type, priority, sla_due_at, outcome, created_at, updated_at)
                values ('13800000001', '2026-10-05', 'PHONE_MANAGER', 'DONE', 'BIRTHDAY', 1, now(), 'REACHED_ACCEPTED', now(), now()),
                       ('13800000002', '2026-10-06', 'PHONE_MANAGER', 'DONE', 'BIRTHDAY', 1, now(), 'REACHED_REFUSED', now(), now()),
                       ('13900000001', '2026-10-07', 'PHONE_MANAGER', 'FAILED', 'BIRTHDAY', 1, now(), 'NOT_REACHED', now(), now()),
                       ('13900000002', '2026-10-08', 'PHONE_MANAGER', 'EXPIRED', 'BIRTHDAY', 1, now(), null, now(), now()),
                       ('13800000003', '2026-10-31', 'PHONE_MANAGER', 'ASSIGNED', 'BIRTHDAY', 1, now(), null, now(), now()),
                       ('13800000001', '2026-09-20', 'PHONE_MANAGER', 'DONE', 'BIRTHDAY', 1, now(), 'REACHED', now(), now())
                """).update();
        // Tickets opened in October (Beijing time): 3; 2 closed or breached, 1 of them within its SLA. The one at
        // 00:30 on 1 November (16:30 UTC on 31 October) belongs to November.
        jdbc.sql("""
                insert into tickets (msisdn, channel, category, severity, status, description, opened_at, status_changed_at, last_update,
                                     closed_at, sla_minutes, sla_breached_at, created_by)
                values ('13800000001', 'HOTLINE', 'NETWORK', 'LOW', 'CLOSED', 'd', '2026-10-05 10:00+08', now(), now(), '2026-10-05 12:00+08', 1440, null, 't'),
                       ('13800000002', 'REGULATOR', 'NETWORK', 'LOW', 'CLOSED', 'd', '2026-10-06 10:00+08', now(), now(), '2026-10-09 12:00+08', 1440, '2026-10-07 10:00+08', 't'),
                       ('13900000001', 'HALL', 'FEES', 'LOW', 'OPEN', 'd', '2026-10-31 23:30+08', now(), now(), null, 1440, null, 't'),
                       ('13900000002', 'HALL', 'FEES', 'LOW', 'OPEN', 'd', '2026-11-01 00:30+08', now(), now(), null, 1440, null, 't')
                """).update();
        // Surveys sent in October: 3, answered 2 (9 and 5: average 7.00); NETWORK 8 and 4 (6.00), FEES 6.
        jdbc.sql("""
                insert into surveys (msisdn, touchpoint, dimensions, status, sent_at, answered_at, score, dimension_scores, dedup_key)
                values ('13800000001', 'PERIODIC', 'NETWORK,FEES', 'ANSWERED', '2026-10-10 10:00+08', '2026-10-10 11:00+08', 9, '8,6', 's1'),
                       ('13900000001', 'PERIODIC', 'NETWORK', 'ANSWERED', '2026-10-11 10:00+08', '2026-10-11 11:00+08', 5, '4', 's2'),
                       ('13900000002', 'PERIODIC', 'NETWORK', 'SENT', '2026-10-12 10:00+08', null, null, null, 's3')
                """).update();
    }
}
