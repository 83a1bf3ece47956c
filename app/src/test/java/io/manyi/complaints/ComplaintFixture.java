package io.manyi.complaints;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The subscriber fixture plus the seeded category tree; OF_PM02 is a four-star subscriber. */
public final class ComplaintFixture {

    public static final String FOUR_STARS = SubscriberFixture.OF_PM02;
    public static final String NO_STARS = SubscriberFixture.OF_PM01;

    private ComplaintFixture() {
    }

    public static void load(JdbcClient jdbc, DemoUsers demoUsers, CategorySeed seed) {
        SubscriberFixture.load(jdbc, demoUsers);
        seed.ensure();
        jdbc.sql("""
                insert into tier_assessments (month, msisdn, stars, candidate_stars, months_below, score, tenure_points,
                    spend_points, stability_points, arrears_points, average_spend, reasons)
                values ('2025-01-01', ?, 4, 4, 0, 80, 20, 30, 20, 10, 120.00, '[]')
                """).param(FOUR_STARS).update();
        // the month's run completed, as the tier run writes it with its assessments: the level is in force
        jdbc.sql("""
                insert into tier_runs (month, subscribers, high_from, mid_from, changes, seconds, finished_at)
                values ('2025-01-01', 1, 100, 50, 0, 1, now()) on conflict do nothing
                """).update();
    }
}
