package io.manyi.churn;

import io.manyi.churn.model.GradientBoostedModel;
import io.manyi.churn.model.Metrics;

/**
 * A model trained on the province with how good it is on the test month it never saw: what
 * churn_models stores (docs/churn.md, "Training and evaluation").
 *
 * @param oracleAuc AUC of ranking the same test rows by the generator's true hazard; NaN when unknown
 */
public record ProvinceModel(String version, TimeSplit split, GradientBoostedModel model, byte[] modelFile,
                            Metrics test, double oracleAuc, GroupRates groupRates, String featuresJson,
                            String metricsJson, String reportJson, int trainingRows, double keptStayers,
                            double trainingSeconds) {
}
