package io.manyi.churn;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The current churn model as the model report shows it, read from churn_models (V9 describes
 * the metrics and report JSON). Missing figures are null / empty lists, never invented.
 *
 * @param oracleAuc AUC of ranking by the generator's true hazard (synthetic province only), else null
 */
public record ModelReport(String version, OffsetDateTime createdAt, int horizonMonths, LocalDate trainFrom,
                          LocalDate trainTo, LocalDate validateFrom, LocalDate validateTo, int features,
                          Long rows, Long positives, Double auc, Double oracleAuc, Double prAuc, Double topDecileLift,
                          Double accuracy, Double f1, Double logLoss, Double brier,
                          List<Point> roc, List<Point> lift, List<CalibrationBin> calibration,
                          List<Importance> importance) {

    public record Point(double x, double y) {
    }

    public record CalibrationBin(double meanPredicted, double observed, long count) {
    }

    public record Importance(String feature, double gain) {
    }

    /** Model AUC minus oracle AUC (the target: within 0.02), or null. */
    public Double aucGap() {
        return auc != null && oracleAuc != null ? auc - oracleAuc : null;
    }
}
