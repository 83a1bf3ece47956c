package io.manyi.churn;

import java.time.YearMonth;

/**
 * Which reference months train, validate and test a model, from the months of data and the
 * horizon: the test month is the latest whose horizon is complete; the validation month is a
 * horizon earlier (so a model built at the test month could have known every validation label);
 * the training months end the month before the validation month. Never a random split of the
 * same months.
 */
public record TimeSplit(YearMonth trainFrom, YearMonth trainTo, YearMonth validation, YearMonth test, int horizon) {

    /**
     * @throws IllegalArgumentException when the data is too short for training, validation and test months
     */
    public static TimeSplit of(YearMonth firstData, YearMonth lastData, TrainingSettings settings) {
        int k = settings.horizonMonths();
        YearMonth test = lastData.minusMonths(k);
        YearMonth validation = test.minusMonths(k);
        YearMonth trainTo = validation.minusMonths(1);
        YearMonth earliest = firstData.plusMonths(settings.minHistoryMonths());
        YearMonth trainFrom = trainTo.minusMonths(settings.trainingMonths() - 1);
        if (trainFrom.isBefore(earliest)) {
            trainFrom = earliest;
        }
        if (trainTo.isBefore(trainFrom)) {
            int needed = settings.minHistoryMonths() + 1 + 2 * k + 1;
            throw new IllegalArgumentException("a " + k + "-month horizon needs at least " + needed
                    + " months of data (" + firstData + " to " + lastData + " is too short)");
        }
        return new TimeSplit(trainFrom, trainTo, validation, test, k);
    }
}
