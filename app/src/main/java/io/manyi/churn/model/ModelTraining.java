package io.manyi.churn.model;

import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Trains a {@link GradientBoostedModel}: boosting with early stopping on validation rows,
 * Platt calibration and the F1 threshold fitted on the same validation rows, validation
 * metrics. Two ways in: {@link #withRandomSplit} (the analyst's file: subscribers, not months,
 * so a stratified random 80/20 split is sound) and {@link #withValidation} (the monthly pipeline
 * passes later months as validation: never a random split of the same months).
 */
public final class ModelTraining {

    private ModelTraining() {
    }

    public static GradientBoostedModel withRandomSplit(FeatureMatrix all, int[] labels, TrainingOptions options) {
        int[][] split = stratifiedSplit(labels, options.validationShare(), options.seed());
        FeatureMatrix train = all.select(split[0]);
        FeatureMatrix validation = all.select(split[1]);
        return train(train, pick(labels, split[0]), validation, pick(labels, split[1]), options, all, labels);
    }

    public static GradientBoostedModel withValidation(FeatureMatrix train, int[] trainLabels, FeatureMatrix validation,
                                                      int[] validationLabels, TrainingOptions options) {
        return train(train, trainLabels, validation, validationLabels, options, null, null);
    }

    private static GradientBoostedModel train(FeatureMatrix train, int[] trainLabels, FeatureMatrix validation,
                                              int[] validationLabels, TrainingOptions options,
                                              FeatureMatrix all, int[] allLabels) {
        requireBothClasses(trainLabels, "training");
        requireBothClasses(validationLabels, "validation");
        GradientBoostedModel.loadNative();
        long started = System.nanoTime();
        String earlyStopped;
        int bestRounds;
        try (LGBMDataset trainSet = dataset(train, trainLabels, null);
             LGBMDataset validationSet = dataset(validation, validationLabels, trainSet);
             LGBMBooster booster = LGBMBooster.create(trainSet, options.boosterParameters())) {
            booster.addValidData(validationSet);
            double best = Double.POSITIVE_INFINITY;
            bestRounds = 0;
            for (int round = 1; round <= options.maxRounds(); round++) {
                boolean cannotSplit = booster.updateOneIter();
                double loss = booster.getEval(1)[0];
                if (loss < best - 1e-9) {
                    best = loss;
                    bestRounds = round;
                }
                if (cannotSplit || round - bestRounds >= options.earlyStoppingRounds()) {
                    break;
                }
            }
            bestRounds = Math.max(1, bestRounds);
            earlyStopped = booster.saveModelToString(0, bestRounds, LGBMBooster.FeatureImportanceType.GAIN);
        } catch (LGBMException e) {
            throw new IllegalStateException("LightGBM training failed: " + e.getMessage(), e);
        }
        FeatureSchema schema = new FeatureSchema(train.columns());
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("trainingRows", String.valueOf(train.rows()));
        metadata.put("validationRows", String.valueOf(validation.rows()));
        metadata.put("trainingChurnRate", String.valueOf(rate(trainLabels)));
        metadata.put("bestRounds", String.valueOf(bestRounds));
        metadata.put("parameters", options.boosterParameters());
        double threshold;
        Calibration calibration;
        Metrics metrics;
        try (GradientBoostedModel uncalibrated = new GradientBoostedModel(earlyStopped, schema, Calibration.IDENTITY,
                0.5, metadata, null)) {
            double[] raw = uncalibrated.rawScores(validation);
            calibration = Calibration.fit(raw, validationLabels);
            double[] probabilities = Arrays.stream(raw).map(calibration::probability).toArray();
            threshold = Metrics.bestF1Threshold(probabilities, validationLabels);
            metrics = Metrics.of(probabilities, validationLabels, threshold);
        }
        String finalModel = earlyStopped;
        if (options.refitOnAll() && all != null) {
            int rounds = (int) Math.ceil(bestRounds * 1.1);
            finalModel = fixedRounds(all, allLabels, options, rounds);
            metadata.put("refitRows", String.valueOf(all.rows()));
            metadata.put("refitRounds", String.valueOf(rounds));
        }
        metadata.put("trainingSeconds", String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        return new GradientBoostedModel(finalModel, schema, calibration, threshold, metadata, metrics);
    }

    private static String fixedRounds(FeatureMatrix all, int[] labels, TrainingOptions options, int rounds) {
        try (LGBMDataset set = dataset(all, labels, null);
             LGBMBooster booster = LGBMBooster.create(set, options.boosterParameters())) {
            for (int round = 0; round < rounds; round++) {
                if (booster.updateOneIter()) {
                    break;
                }
            }
            return booster.saveModelToString(0, 0, LGBMBooster.FeatureImportanceType.GAIN);
        } catch (LGBMException e) {
            throw new IllegalStateException("LightGBM training failed: " + e.getMessage(), e);
        }
    }

    private static LGBMDataset dataset(FeatureMatrix matrix, int[] labels, LGBMDataset reference) throws LGBMException {
        String categorical = Arrays.stream(matrix.categoricalIndexes()).mapToObj(String::valueOf)
                .collect(Collectors.joining(","));
        String parameters = "max_bin=255 verbosity=-1 min_data_in_bin=3"
                + (categorical.isEmpty() ? "" : " categorical_feature=" + categorical);
        LGBMDataset set = LGBMDataset.createFromMat(matrix.values(), matrix.rows(), matrix.width(), true,
                parameters, reference);
        float[] label = new float[labels.length];
        for (int i = 0; i < labels.length; i++) {
            label[i] = labels[i];
        }
        set.setField("label", label);
        // LightGBM rejects some characters in feature names; the schema keeps the real ones.
        String[] names = new String[matrix.width()];
        for (int i = 0; i < names.length; i++) {
            names[i] = "f" + i;
        }
        set.setFeatureNames(names);
        return set;
    }

    /** Row indexes {train, validation}: each class split separately so both keep the churn rate. */
    static int[][] stratifiedSplit(int[] labels, double validationShare, long seed) {
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        for (int label = 0; label <= 1; label++) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == label) {
                    rows.add(i);
                }
            }
            java.util.Collections.shuffle(rows, random);
            int cut = (int) Math.round(rows.size() * validationShare);
            validation.addAll(rows.subList(0, cut));
            train.addAll(rows.subList(cut, rows.size()));
        }
        train.sort(null);
        validation.sort(null);
        return new int[][]{train.stream().mapToInt(Integer::intValue).toArray(),
                validation.stream().mapToInt(Integer::intValue).toArray()};
    }

    private static int[] pick(int[] values, int[] indexes) {
        int[] picked = new int[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            picked[i] = values[indexes[i]];
        }
        return picked;
    }

    private static void requireBothClasses(int[] labels, String part) {
        long positives = Arrays.stream(labels).filter(l -> l == 1).count();
        if (positives == 0 || positives == labels.length) {
            throw new IllegalArgumentException("the " + part + " rows need both churners and non-churners (found "
                    + positives + " churners in " + labels.length + " rows)");
        }
    }

    private static double rate(int[] labels) {
        return labels.length == 0 ? 0 : Arrays.stream(labels).sum() / (double) labels.length;
    }
}
