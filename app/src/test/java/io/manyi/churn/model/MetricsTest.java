package io.manyi.churn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void aucOfAPerfectAndAReversedRanking() {
        int[] labels = {0, 0, 1, 1};
        assertThat(Metrics.auc(new double[]{0.1, 0.2, 0.8, 0.9}, labels)).isEqualTo(1.0);
        assertThat(Metrics.auc(new double[]{0.9, 0.8, 0.2, 0.1}, labels)).isEqualTo(0.0);
    }

    @Test
    void aucCountsTiesAsHalf() {
        // pairs (pos, neg): (0.5 vs 0.5) tie = 0.5, (0.5 vs 0.1) = 1, (0.9 vs both) = 2 -> 3.5 / 4
        assertThat(Metrics.auc(new double[]{0.5, 0.1, 0.5, 0.9}, new int[]{0, 0, 1, 1})).isEqualTo(0.875);
        assertThat(Metrics.auc(new double[]{0.3, 0.3, 0.3, 0.3}, new int[]{0, 1, 0, 1})).isEqualTo(0.5);
    }

    @Test
    void aucMatchesTheCountOfOrderedPairsOnRandomData() {
        Random random = new Random(7);
        double[] scores = new double[300];
        int[] labels = new int[300];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextInt(20); // many ties
            labels[i] = random.nextDouble() < 0.3 + scores[i] / 40 ? 1 : 0;
        }
        double pairs = 0;
        double wins = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (labels[i] == 1 && labels[j] == 0) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        assertThat(Metrics.auc(scores, labels)).isCloseTo(wins / pairs, within(1e-12));
    }

    @Test
    void averagePrecisionOfAKnownRanking() {
        // ranked: 0.9 (1), 0.8 (0), 0.7 (1), 0.1 (0): precision at churners 1/1 and 2/3
        double ap = Metrics.averagePrecision(new double[]{0.1, 0.9, 0.7, 0.8}, new int[]{0, 1, 1, 0});
        assertThat(ap).isCloseTo((1.0 + 2.0 / 3) / 2, within(1e-12));
    }

    @Test
    void topDecileLiftIsTheTopRateOverTheBaseRate() {
        double[] scores = new double[100];
        int[] labels = new int[100];
        for (int i = 0; i < 100; i++) {
            scores[i] = i;
            labels[i] = i >= 95 || i < 5 ? 1 : 0; // top 10 rows hold 5 of the 10 churners
        }
        assertThat(Metrics.lift(scores, labels, 0.1)).isCloseTo(0.5 / 0.1, within(1e-12));
    }

    @Test
    void calibrationBinsCountMeanAndObservedRate() {
        var bins = Metrics.calibration(new double[]{0.05, 0.15, 0.12, 0.95}, new int[]{0, 1, 0, 1}, 10);
        assertThat(bins).hasSize(10);
        assertThat(bins.get(0).count()).isEqualTo(1);
        assertThat(bins.get(1).count()).isEqualTo(2);
        assertThat(bins.get(1).meanPredicted()).isCloseTo(0.135, within(1e-12));
        assertThat(bins.get(1).observedRate()).isEqualTo(0.5);
        assertThat(bins.get(9).observedRate()).isEqualTo(1.0);
        assertThat(bins.get(5).count()).isZero();
    }

    @Test
    void thresholdMetricsLogLossAndBrier() {
        Metrics m = Metrics.of(new double[]{0.9, 0.6, 0.4, 0.2}, new int[]{1, 0, 1, 0}, 0.5);
        assertThat(m.accuracy()).isEqualTo(0.5);
        assertThat(m.precision()).isEqualTo(0.5);
        assertThat(m.recall()).isEqualTo(0.5);
        assertThat(m.f1()).isEqualTo(0.5);
        assertThat(m.brier()).isCloseTo((0.01 + 0.36 + 0.36 + 0.04) / 4, within(1e-12));
        assertThat(m.logLoss()).isCloseTo(-(Math.log(0.9) + Math.log(0.4) + Math.log(0.4) + Math.log(0.8)) / 4,
                within(1e-12));
    }

    @Test
    void bestF1ThresholdSeparatesAPerfectRanking() {
        double t = Metrics.bestF1Threshold(new double[]{0.1, 0.2, 0.3, 0.7, 0.8}, new int[]{0, 0, 0, 1, 1});
        assertThat(t).isEqualTo(0.7);
        assertThat(Metrics.of(new double[]{0.1, 0.2, 0.3, 0.7, 0.8}, new int[]{0, 0, 0, 1, 1}, t).f1()).isEqualTo(1.0);
    }
}
