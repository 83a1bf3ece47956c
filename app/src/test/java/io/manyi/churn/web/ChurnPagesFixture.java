package io.manyi.churn.web;

import static io.manyi.subscriber.SubscriberFixture.OF_PM01;
import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.UNASSIGNED;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Churn rows inserted straight into V9's tables for the page tests: the subscriber fixture plus 55
 * low-risk subscribers, a current model with a full report (ROC, lift, calibration, importance), two
 * months of scores for pm02's subscriber, a warning and star levels.
 */
final class ChurnPagesFixture {

    private ChurnPagesFixture() {
    }

    static void load(JdbcClient jdbc, DemoUsers demoUsers) {
        SubscriberFixture.load(jdbc, demoUsers);
        // 55 more subscribers in 广州, low risk × value: they fill a second page.
        jdbc.sql("""
                insert into subscribers
                select '1360000' || lpad(i::text, 4, '0'), '客户' || i, '44010619900101' || lpad(i::text, 4, '0'), 'F',
                       null, '广州', '海珠', 'GOTONE', 'GT58', '2018-01-01', 'ACTIVE', 'NORMAL', null, null
                from generate_series(1, 55) i
                """).update();
        jdbc.sql("""
                insert into churn_models values
                  ('v-old', now(), 3, '2023-01-01', '2023-09-01', '2023-10-01', '2023-12-01', '[]',
                   '{"auc":0.5}', '{}', '\\x00', false),
                  ('v2025-01', '2025-02-01 08:00+08', 3, '2024-01-01', '2024-09-01', '2024-10-01', '2024-12-01',
                   '["spend change 3m","competitor forwards","tenure"]',
                   '{"rows":50000,"positives":4000,"auc":0.8123,"oracleAuc":0.8301,"prAuc":0.41,"topDecileLift":4.37,
                     "accuracy":0.91,"f1":0.44,"logLoss":0.25,"brier":0.07}',
                   '{"roc":[[0,0],[0.1,0.45],[1,1]],"lift":[[1,4.37],[2,2.1]],
                     "calibration":[[0.05,0.04,1000],[0.35,0.38,200]],
                     "importance":[["spend change 3m",1234.5],["competitor forwards",800.25]]}', '\\x00', true)
                """).update();
        jdbc.sql("""
                insert into churn_scores values
                  ('2025-01-01', :pm02, 'v2025-01', 0.20, 55, 70, 60, 40, 50, 120.00,
                   '{"spend fell 45% over 3 months","7 calls forwarded to a competitor number","complaint open for 9 days"}',
                   '{"近3个月消费下降45%","7次呼叫转移至竞争对手号码","投诉已持续9天未解决"}'),
                  ('2024-12-01', :pm02, 'v2025-01', 0.11, 41, 75, 62, 45, 52, 125.00, '{"old reason"}', '{"旧原因"}'),
                  ('2025-01-01', :pm01, 'v2025-01', 0.30, 62, 50, 50, 50, 50, 50.00, '{"tenure below a year"}', '{"在网不足一年"}'),
                  ('2025-01-01', :other, 'v2025-01', 0.60, 80, 20, 30, 40, 10, 10.00, '{"arrears for 60 days"}', '{"欠费60天"}')
                """).param("pm02", OF_PM02).param("pm01", OF_PM01).param("other", UNASSIGNED).update();
        jdbc.sql("""
                insert into churn_scores
                select '2025-01-01', msisdn, 'v2025-01', 0.01, 5, 90, 90, 90, 90, 1.00, '{"nothing much"}', '{"无"}'
                from subscribers where msisdn like '1360000%'
                """).update();
        jdbc.sql("""
                insert into churn_warnings (month, msisdn, rule, detail_en, detail_zh, fired_at) values
                  ('2025-01-01', :pm02, 'SPEND_DROP', 'spend 45% below the 3-month average', '消费比近3个月均值低45%',
                   '2025-02-01 08:00+08')
                """).param("pm02", OF_PM02).update();
        jdbc.sql("""
                insert into tier_assessments (month, msisdn, stars, candidate_stars, months_below, score, tenure_points,
                                              spend_points, stability_points, arrears_points, average_spend, reasons)
                values ('2025-01-01', :pm02, 5, 5, 0, 80, 20, 40, 10, 10, 120, '[]'),
                       ('2025-01-01', :pm01, 3, 3, 0, 50, 10, 30, 10, 0, 50, '[]')
                """).param("pm02", OF_PM02).param("pm01", OF_PM01).update();
        // the month's run completed, as the tier run writes it with its assessments: the levels are in force
        jdbc.sql("""
                insert into tier_runs (month, subscribers, high_from, mid_from, changes, seconds, finished_at)
                values ('2025-01-01', 2, 100, 50, 0, 1, now()) on conflict do nothing
                """).update();
    }
}
