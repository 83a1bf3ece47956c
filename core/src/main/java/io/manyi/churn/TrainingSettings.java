package io.manyi.churn;

import java.util.ArrayList;
import java.util.List;

/**
 * How the province model is trained (setting {@value #SETTING}; docs/churn.md, "Training").
 *
 * @param horizonMonths    the label: left within this many months after the reference month (3)
 * @param trainingMonths   at most this many reference months to train on (6)
 * @param minHistoryMonths months of facts a reference month needs before it (2)
 * @param maxTrainingRows  above this many training rows, stayers are sampled (leavers all kept) (1,000,000)
 */
public record TrainingSettings(int horizonMonths, int trainingMonths, int minHistoryMonths, int maxTrainingRows) {

    public static final String SETTING = "churn.training";

    public static TrainingSettings defaults() {
        return new TrainingSettings(3, 6, 2, 1_000_000);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (horizonMonths < 1 || horizonMonths > 12) {
            problems.add("horizonMonths must be 1-12");
        }
        if (trainingMonths < 1 || minHistoryMonths < 0 || maxTrainingRows < 1000) {
            problems.add("trainingMonths >= 1, minHistoryMonths >= 0, maxTrainingRows >= 1000");
        }
        return problems;
    }
}
