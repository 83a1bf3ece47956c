package io.manyi.churn;

import java.util.List;

/**
 * The weights of the composite risk score's groups (setting {@value #SETTING}); relative, so
 * they need not sum to 1.
 */
public record CompositeWeights(double plan, double brand, double competitorBand, double numberType, double tenureBand,
                               double city) {

    public static final String SETTING = "churn.composite-weights";

    public static CompositeWeights defaults() {
        return new CompositeWeights(0.20, 0.15, 0.30, 0.05, 0.20, 0.10);
    }

    double of(CompositeGroup group) {
        return switch (group) {
            case PLAN -> plan;
            case BRAND -> brand;
            case COMPETITOR_BAND -> competitorBand;
            case NUMBER_TYPE -> numberType;
            case TENURE_BAND -> tenureBand;
            case CITY -> city;
        };
    }

    public List<String> problems() {
        double sum = plan + brand + competitorBand + numberType + tenureBand + city;
        boolean negative = plan < 0 || brand < 0 || competitorBand < 0 || numberType < 0 || tenureBand < 0 || city < 0;
        return negative || !(sum > 0) ? List.of("weights must be >= 0 and not all 0") : List.of();
    }
}
