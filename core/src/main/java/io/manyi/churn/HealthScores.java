package io.manyi.churn;

import static io.manyi.churn.ChurnFeature.*;

/**
 * Four health scores, 0 (bad) to 100 (good), each a plain sum of penalties on features
 * (docs/churn.md, "Health scores"): tariff/brand (spend falling or erratic, contract at its end),
 * services (services billed without consent, data and voice use falling), service experience
 * (complaints open, long-open, repeated; service cut for debt) and calling circle (circle
 * shrinking, moving to competitor networks, calls forwarded to them). Missing features cost nothing.
 */
public record HealthScores(int tariff, int services, int experience, int circle) {

    public static HealthScores of(float[] features, int offset) {
        double tariff = 100
                - cap(40, 100 * drop(features, offset, SPEND_CHANGE_3M))
                - cap(20, 50 * drop(features, offset, SPEND_CHANGE_6M))
                - cap(20, 40 * Math.max(0, value(features, offset, SPEND_VOLATILITY) - 0.2));
        float contract = features[offset + CONTRACT_MONTHS_LEFT.ordinal()];
        if (!Float.isNaN(contract) && contract >= -3 && contract <= 2) {
            tariff -= 20;
        }
        double services = 100
                - cap(50, 25 * value(features, offset, VAS_UNCONFIRMED))
                - cap(25, 50 * drop(features, offset, DATA_CHANGE_3M))
                - cap(25, 60 * drop(features, offset, MINUTES_CHANGE_3M));
        double experience = 100
                - cap(30, 15 * value(features, offset, COMPLAINTS_OPEN))
                - cap(30, value(features, offset, COMPLAINT_DAYS_OPEN))
                - cap(30, 10 * value(features, offset, COMPLAINTS_3M))
                - cap(20, 10 * value(features, offset, COMPLAINTS_REPEATED))
                - (value(features, offset, DAYS_OVERDUE) >= 60 ? 20 : 0);
        double circle = 100
                - cap(40, 100 * drop(features, offset, CONTACTS_CHANGE_3M))
                - cap(30, 100 * Math.max(0, value(features, offset, COMPETITOR_SHARE_CHANGE_3M)))
                - cap(30, 3 * value(features, offset, FORWARDS_3M))
                - cap(20, 50 * Math.max(0, value(features, offset, COMPETITOR_CONTACT_SHARE) - 0.3));
        return new HealthScores(clamp(tariff), clamp(services), clamp(experience), clamp(circle));
    }

    /** How far a change fell below zero (0.45 for -45%); 0 for a rise or a missing value. */
    private static double drop(float[] features, int offset, ChurnFeature change) {
        return Math.max(0, -value(features, offset, change));
    }

    private static double value(float[] features, int offset, ChurnFeature feature) {
        float v = features[offset + feature.ordinal()];
        return Float.isNaN(v) ? 0 : v;
    }

    private static double cap(double max, double penalty) {
        return Math.min(max, Math.max(0, penalty));
    }

    private static int clamp(double score) {
        return (int) Math.round(Math.max(0, Math.min(100, score)));
    }
}
