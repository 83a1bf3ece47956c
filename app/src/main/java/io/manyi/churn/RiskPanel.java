package io.manyi.churn;

import java.time.YearMonth;
import java.util.List;

/**
 * A subscriber's churn risk for the 360 page: the latest scored month, the trend, the reasons in
 * the reader's language, the four health scores and the warnings that fired.
 */
public record RiskPanel(YearMonth month, String modelVersion, double probability, int composite, Health health,
                        double valueYuan, List<String> reasons, List<TrendMonth> trend, List<Warning> warnings) {

    /** 0 (bad) .. 100 (good). */
    public record Health(int tariff, int services, int experience, int circle) {
    }

    public record TrendMonth(YearMonth month, double probability, int composite) {
    }

    public record Warning(YearMonth month, String rule, String detail) {
    }
}
