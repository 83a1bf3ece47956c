package io.manyi.churn;

import io.manyi.churn.model.FeatureColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a stream of subscribers' {@link ChurnFacts} into the training, validation and test rows
 * of a {@link TimeSplit}: one row per subscriber active at the end of a reference month, labelled
 * 1 when they left within the horizon after it. Training rows also teach the composite score's
 * group rates. Above {@code maxTrainingRows} stayers are sampled deterministically (by a hash of
 * number and month; every leaver is kept): calibration is fitted on the unsampled validation
 * month, so probabilities stay honest.
 */
public final class ProvinceDataset {

    private final TimeSplit split;
    private final ChurnFeatures features;
    private final double keepStayers;
    private final RowBuffer train;
    private final RowBuffer validation;
    private final RowBuffer test;
    private final GroupRates.Counter groups = new GroupRates.Counter();
    private final float[] scratch = new float[ChurnFeatures.WIDTH];
    private int trainFrom = -1;
    private int trainTo;
    private int validationAt;
    private int testAt;

    /**
     * @param expectedSubscribers a guess of the subscribers to come, to size buffers and the stayer sample
     */
    public ProvinceDataset(TimeSplit split, int windowMonths, int expectedSubscribers, int maxTrainingRows) {
        this.split = split;
        this.features = new ChurnFeatures(CategoryLevels.growing(), CategoryLevels.growing(), windowMonths);
        long trainMonths = split.trainFrom().until(split.trainTo(), java.time.temporal.ChronoUnit.MONTHS) + 1;
        long expectedRows = trainMonths * Math.max(1, expectedSubscribers);
        this.keepStayers = Math.min(1.0, (double) maxTrainingRows / expectedRows);
        int width = ChurnFeatures.WIDTH;
        this.train = new RowBuffer(width, (int) Math.min(maxTrainingRows, expectedRows) + 1024, false);
        this.validation = new RowBuffer(width, expectedSubscribers + 1024, false);
        this.test = new RowBuffer(width, expectedSubscribers + 1024, true);
    }

    public void add(ChurnFacts f) {
        if (trainFrom < 0) {
            trainFrom = f.indexOf(split.trainFrom());
            trainTo = f.indexOf(split.trainTo());
            validationAt = f.indexOf(split.validation());
            testAt = f.indexOf(split.test());
            if (trainFrom < 0 || testAt < 0 || testAt + split.horizon() >= f.months) {
                throw new IllegalArgumentException("the facts' window does not cover " + split);
            }
        }
        for (int t = trainFrom; t <= trainTo; t++) {
            if (f.activeAtEnd(t)) {
                boolean left = f.churnedWithin(t, split.horizon());
                features.compute(f, t, scratch, 0);
                groups.add(CompositeGroup.keys(f, scratch, 0), left); // every row, so rates are not biased by the sample
                if (left || keepStayers >= 1 || sample(f.msisdn, t) < keepStayers) {
                    int offset = train.add(left ? 1 : 0, null);
                    System.arraycopy(scratch, 0, train.values(), offset, scratch.length);
                }
            }
        }
        addRow(f, validationAt, validation);
        addRow(f, testAt, test);
    }

    private void addRow(ChurnFacts f, int t, RowBuffer rows) {
        if (f.activeAtEnd(t)) {
            int offset = rows.add(f.churnedWithin(t, split.horizon()) ? 1 : 0, f.msisdn);
            features.compute(f, t, rows.values(), offset);
        }
    }

    /** A stable number in [0, 1) per subscriber and month. */
    private static double sample(String msisdn, int month) {
        long h = msisdn.hashCode() * 0x9E3779B97F4A7C15L + month * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return (h >>> 11) * 0x1.0p-53;
    }

    /** The model's columns, with the brand and city levels seen in the data. */
    public List<FeatureColumn> columns() {
        List<FeatureColumn> columns = new ArrayList<>(ChurnFeatures.WIDTH);
        for (ChurnFeature feature : ChurnFeature.values()) {
            columns.add(switch (feature) {
                case BRAND -> FeatureColumn.categorical(feature.key(), features.brands().levels());
                case CITY -> FeatureColumn.categorical(feature.key(), features.cities().levels());
                default -> FeatureColumn.numeric(feature.key());
            });
        }
        return columns;
    }

    public TimeSplit split() {
        return split;
    }

    public double keptStayers() {
        return keepStayers;
    }

    public GroupRates groupRates() {
        return groups.rates(split.horizon());
    }

    RowBuffer train() {
        return train;
    }

    RowBuffer validation() {
        return validation;
    }

    RowBuffer test() {
        return test;
    }
}
