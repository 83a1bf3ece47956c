package io.manyi.loyalty;

import io.manyi.platform.web.RuleRefusal;

/**
 * A points operation the rules refuse. {@code status} is the HTTP answer (404 unknown subscriber
 * or item, 409 not enough points / stock / eligibility, 422 a request the rules never allow);
 * {@code code} a stable machine-readable reason such as {@code insufficient-points}.
 */
public class PointsRefused extends RuleRefusal {

    public PointsRefused(int status, String code, String message) {
        super(status, code, message);
    }

    public static PointsRefused insufficient(String msisdn, long balance, long wanted) {
        return new PointsRefused(409, "insufficient-points",
                "balance " + balance + " does not cover " + wanted + " points");
    }

    public static PointsRefused noSubscriber(String msisdn) {
        return new PointsRefused(404, "unknown-subscriber", "no subscriber with this number");
    }
}
