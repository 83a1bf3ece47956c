package io.manyi.churn;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A subscriber's churn risk as the API returns it (docs/churn.md, "The risk API"): the
 * probability of leaving within the model's horizon, the composite score, the four health
 * scores and the top reasons in the reader's language.
 */
public record SubscriberRisk(String msisdn, YearMonth month, String modelVersion, double probability, int composite,
                             Health health, List<String> reasons, BigDecimal valueYuan) {

    /** 0 (bad) to 100 (good). */
    public record Health(int tariff, int services, int experience, int circle) {
    }
}
