package io.manyi.churn.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How good churn probabilities are against what happened (labels 1 = churned, 0 = not).
 * AUC: the chance that a random churner is ranked above a random stayer (ties count half).
 * PR-AUC: average precision over the churners, ranked. Top-decile lift: the churn rate among the
 * 10% highest-risk rows over the overall rate. Accuracy, precision, recall and F1 at a threshold.
 * Log loss and Brier score judge the probabilities themselves; the calibration table compares
 * mean predicted and observed churn in 10 bins of predicted probability.
 */
public record Metrics(int rows, int positives, double auc, double prAuc, double topDecileLift, double threshold,
                      double accuracy, double precision, double recall, double f1, double logLoss, double brier,
                      List<CalibrationBin> calibration) {

    /** One bin of predicted probability [from, to): count, mean predicted, observed churn rate. */
    public record CalibrationBin(double from, double to, int count, double meanPredicted, double observedRate) {
    }

    public static Metrics of(double[] probabilities, int[] labels, double threshold) {
        int n = probabilities.length;
        if (n != labels.length || n == 0) {
            throw new IllegalArgumentException("need as many labels as probabilities, and at least one");
        }
        int positives = (int) Arrays.stream(labels).filter(l -> l == 1).count();
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        double logLoss = 0;
        double brier = 0;
        for (int i = 0; i < n; i++) {
            double p = probabilities[i];
            boolean predicted = p >= threshold;
            if (labels[i] == 1) {
                if (predicted) tp++; else fn++;
            } else {
                if (predicted) fp++; else tn++;
            }
            double clipped = Math.min(Math.max(p, 1e-15), 1 - 1e-15);
            logLoss -= labels[i] == 1 ? Math.log(clipped) : Math.log(1 - clipped);
            brier += (p - labels[i]) * (p - labels[i]);
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = positives == 0 ? 0 : (double) tp / positives;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Metrics(n, positives, auc(probabilities, labels), averagePrecision(probabilities, labels),
                lift(probabilities, labels, 0.1), threshold, (double) (tp + tn) / n, precision, recall, f1,
                logLoss / n, brier / n, calibration(probabilities, labels, 10));
    }

    /** Rank-based AUC (Mann-Whitney U) with average ranks for tied scores; NaN with one class only. */
    public static double auc(double[] scores, int[] labels) {
        int n = scores.length;
        Integer[] order = sortedAscending(scores);
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] == 1) {
                    rankSumPositives += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * Average precision: the mean, over churners, of the precision at their rank (highest score
     * first; tied scores form one step, as scikit-learn's average_precision_score does).
     */
    public static double averagePrecision(double[] scores, int[] labels) {
        Integer[] order = sortedAscending(scores);
        int n = scores.length;
        long positives = Arrays.stream(labels).filter(l -> l == 1).count();
        if (positives == 0) {
            return Double.NaN;
        }
        double sum = 0;
        long seen = 0;
        long truePositives = 0;
        int i = n - 1;
        while (i >= 0) {
            int j = i;
            while (j - 1 >= 0 && scores[order[j - 1]] == scores[order[i]]) {
                j--;
            }
            long newPositives = 0;
            for (int k = j; k <= i; k++) {
                if (labels[order[k]] == 1) newPositives++;
            }
            seen += i - j + 1;
            truePositives += newPositives;
            sum += newPositives * ((double) truePositives / seen);
            i = j - 1;
        }
        return sum / positives;
    }

    /** Churn rate among the top {@code share} of rows by score over the overall rate. */
    public static double lift(double[] scores, int[] labels, double share) {
        int n = scores.length;
        long positives = Arrays.stream(labels).filter(l -> l == 1).count();
        if (positives == 0) {
            return Double.NaN;
        }
        Integer[] order = sortedAscending(scores);
        int top = Math.max(1, (int) Math.round(n * share));
        long hits = 0;
        for (int k = n - 1; k >= n - top; k--) {
            if (labels[order[k]] == 1) hits++;
        }
        return ((double) hits / top) / ((double) positives / n);
    }

    public static List<CalibrationBin> calibration(double[] probabilities, int[] labels, int bins) {
        int[] count = new int[bins];
        double[] predicted = new double[bins];
        int[] observed = new int[bins];
        for (int i = 0; i < probabilities.length; i++) {
            int bin = Math.min(bins - 1, Math.max(0, (int) (probabilities[i] * bins)));
            count[bin]++;
            predicted[bin] += probabilities[i];
            observed[bin] += labels[i];
        }
        List<CalibrationBin> table = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            table.add(new CalibrationBin((double) b / bins, (double) (b + 1) / bins, count[b],
                    count[b] == 0 ? Double.NaN : predicted[b] / count[b],
                    count[b] == 0 ? Double.NaN : (double) observed[b] / count[b]));
        }
        return table;
    }

    /** The threshold on probability that gives the best F1 on these rows (the validation part). */
    public static double bestF1Threshold(double[] probabilities, int[] labels) {
        Integer[] order = sortedAscending(probabilities);
        int n = probabilities.length;
        long positives = Arrays.stream(labels).filter(l -> l == 1).count();
        double best = -1;
        double threshold = 0.5;
        long tp = 0;
        int i = n - 1;
        while (i >= 0) {
            int j = i;
            while (j - 1 >= 0 && probabilities[order[j - 1]] == probabilities[order[i]]) {
                j--;
            }
            for (int k = j; k <= i; k++) {
                if (labels[order[k]] == 1) tp++;
            }
            long predicted = n - j;
            double f1 = positives == 0 ? 0 : 2.0 * tp / (predicted + positives);
            if (f1 > best) {
                best = f1;
                threshold = probabilities[order[j]];
            }
            i = j - 1;
        }
        return threshold;
    }

    private static Integer[] sortedAscending(double[] scores) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(k -> scores[k]));
        return order;
    }
}
