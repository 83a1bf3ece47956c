package io.manyi.churn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The Java walk of LightGBM's trees against LightGBM's own prediction. */
class TreeEnsembleTest {

    static final List<FeatureColumn> COLUMNS = List.of(
            FeatureColumn.numeric("spend"),
            FeatureColumn.numeric("zeros"),
            FeatureColumn.categorical("city", IntStream.range(0, 40).mapToObj(i -> "c" + i).toList()),
            FeatureColumn.categorical("plan", List.of("a", "b", "c")),
            FeatureColumn.numeric("noise"));

    /** Rows with missing values in every column; categorical codes include levels never trained on. */
    static FeatureMatrix data(int rows, long seed, boolean unseenCodes) {
        Random random = new Random(seed);
        float[] v = new float[rows * 5];
        for (int i = 0; i < rows; i++) {
            int b = i * 5;
            v[b] = random.nextDouble() < 0.08 ? Float.NaN : (float) random.nextGaussian();
            v[b + 1] = random.nextDouble() < 0.4 ? 0 : random.nextDouble() < 0.05 ? Float.NaN : (float) random.nextGaussian();
            v[b + 2] = random.nextDouble() < 0.06 ? Float.NaN : random.nextInt(unseenCodes && random.nextDouble() < 0.1 ? 90 : 40);
            v[b + 3] = random.nextDouble() < 0.05 ? Float.NaN : random.nextInt(3);
            v[b + 4] = (float) random.nextGaussian();
            if (unseenCodes && random.nextDouble() < 0.02) {
                v[b + 2] = -1;
            }
        }
        return new FeatureMatrix(COLUMNS, v, rows);
    }

    static int[] labels(FeatureMatrix m, long seed) {
        Random random = new Random(seed);
        int[] labels = new int[m.rows()];
        for (int i = 0; i < m.rows(); i++) {
            float spend = m.get(i, 0);
            float zeros = m.get(i, 1);
            float city = m.get(i, 2);
            double logit = -1.2 + (Float.isNaN(spend) ? 1.0 : -1.2 * spend) + (zeros == 0 ? 0.8 : 0.3 * zeros)
                    + (!Float.isNaN(city) && ((int) city % 7 == 3 || (int) city > 33) ? 1.1 : 0)
                    + (Float.isNaN(city) ? 0.7 : 0) + (m.get(i, 3) == 2 ? 0.6 : 0) + random.nextGaussian() * 0.5;
            labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
        }
        return labels;
    }

    /** A LightGBM text model trained with the given extra parameters (missing-value handling). */
    static String train(String extra) throws LGBMException {
        GradientBoostedModel.loadNative();
        FeatureMatrix m = data(6000, 1, false);
        float[] label = new float[m.rows()];
        int[] labels = labels(m, 2);
        for (int i = 0; i < labels.length; i++) {
            label[i] = labels[i];
        }
        try (LGBMDataset set = LGBMDataset.createFromMat(m.values(), m.rows(), m.width(), true,
                "max_bin=255 verbosity=-1 categorical_feature=2,3 " + extra, null)) {
            set.setField("label", label);
            return trainOn(set, extra);
        }
    }

    private static String trainOn(LGBMDataset set, String extra) throws LGBMException {
        try (LGBMBooster booster = LGBMBooster.create(set, "objective=binary num_leaves=31 learning_rate=0.1"
                + " min_data_in_leaf=20 min_data_per_group=20 cat_smooth=5 max_cat_to_onehot=4 verbosity=-1"
                + " num_threads=1 deterministic=true " + extra)) {
            for (int round = 0; round < 60; round++) {
                booster.updateOneIter();
            }
            return booster.saveModelToString(0, 0, LGBMBooster.FeatureImportanceType.GAIN);
        }
    }

    static GradientBoostedModel model(String text) {
        return new GradientBoostedModel(text, new FeatureSchema(COLUMNS), new Calibration(0.9, -0.1), 0.5, Map.of(), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "zero_as_missing=true", "use_missing=false"})
    void rawScoresEqualLightGbmsOwn(String missingHandling) throws LGBMException {
        String text = train(missingHandling);
        assertThat(text).contains("cat_threshold=");
        try (GradientBoostedModel model = model(text)) {
            FeatureMatrix unseen = data(20_000, 7, true);
            double[] java = model.scorer().rawScores(unseen);
            double[] lightgbm = model.lightgbmRawScores(unseen);
            double worst = 0;
            for (int i = 0; i < java.length; i++) {
                worst = Math.max(worst, Math.abs(java[i] - lightgbm[i]));
            }
            assertThat(worst).isLessThan(1e-6);
            assertThat(model.rawScores(unseen)).containsExactly(java);
            double[] p = model.probabilities(unseen);
            assertThat(p[5]).isCloseTo(model.calibration().probability(lightgbm[5]), within(1e-9));
        }
    }

    @Test
    void aCategoricalBitsetOverSeveralWordsAndMissingTypesAreAllExercised() throws LGBMException {
        String text = train("");
        // 40 city levels need two 32-bit words; decision types with NaN missing and default left/right
        assertThat(text.lines().filter(l -> l.startsWith("cat_boundaries=")).anyMatch(l -> {
            int[] b = java.util.Arrays.stream(l.substring(15).split(" ")).mapToInt(Integer::parseInt).toArray();
            return IntStream.range(1, b.length).anyMatch(i -> b[i] - b[i - 1] >= 2);
        })).isTrue();
        assertThat(text.lines().filter(l -> l.startsWith("decision_type=")).flatMap(l -> List.of(l.substring(14).split(" ")).stream())
                .distinct().count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void pathContributionsSumToTheRawScoreAndShareTreeShapsBase() throws LGBMException {
        try (GradientBoostedModel model = model(train(""))) {
            FeatureMatrix some = data(3000, 9, true);
            double[] raw = model.lightgbmRawScores(some);
            double[] path = model.reasonContributions(some);
            double[] shap = model.contributions(some.select(new int[]{0, 1, 2}));
            int w = some.width();
            for (int r = 0; r < some.rows(); r++) {
                double sum = 0;
                for (int k = 0; k <= w; k++) {
                    sum += path[r * (w + 1) + k];
                }
                assertThat(sum).isCloseTo(raw[r], within(1e-9));
            }
            assertThat(path[w]).isCloseTo(shap[w], within(1e-9));
            assertThat(path[w]).isEqualTo(model.scorer().ensemble().expectedValue());
            // a feature the row's path never splits on gets nothing
            assertThat(IntStream.range(0, some.rows()).anyMatch(r -> path[r * (w + 1) + 4] != 0)).isTrue();
        }
    }

    @Test
    void scoringOnSeveralThreadsMatchesOneAndReasonsComeFromThePath() throws LGBMException {
        String text = train("");
        try (GradientBoostedModel model = model(text)) {
            FeatureMatrix many = data(30_000, 11, true);
            TreeEnsemble ensemble = LightGbmModelText.parse(text);
            Scorer one = new Scorer(ensemble, model.calibration(), COLUMNS, 1);
            Scorer two = new Scorer(ensemble, model.calibration(), COLUMNS, 2);
            ScoredRows a = one.score(many, 3);
            ScoredRows b = two.score(many, 3);
            assertThat(b.probabilities()).containsExactly(a.probabilities());
            assertThat(b.reasonFeatures()).containsExactly(a.reasonFeatures());
            assertThat(a.probabilities()).containsExactly(model.probabilities(many));

            double[] path = model.reasonContributions(many);
            Reasons reasons = new Reasons(COLUMNS, FeatureNames.columnNames(), FeatureNames.Language.EN, 3);
            for (int r = 0; r < 500; r++) {
                assertThat(reasons.of(a, many.values(), r)).isEqualTo(reasons.of(path, many.values(), r));
                assertThat(reasons.of(a, many.values(), r)).isNotEmpty();
            }
        }
    }

    @Test
    void aSingleLeafTreeAndAveragedOutputAreRead() {
        String text = """
                tree
                version=v4
                num_class=1
                num_tree_per_iteration=1
                max_feature_idx=1
                average_output

                Tree=0
                num_leaves=1
                num_cat=0
                split_feature=
                threshold=
                decision_type=
                left_child=
                right_child=
                leaf_value=0.5
                leaf_count=10

                Tree=1
                num_leaves=2
                num_cat=0
                split_feature=1
                threshold=1.5
                decision_type=10
                left_child=-1
                right_child=-2
                leaf_value=1 3
                leaf_count=30 10

                end of trees
                """;
        TreeEnsemble ensemble = LightGbmModelText.parse(text);
        assertThat(ensemble.trees()).isEqualTo(2);
        assertThat(ensemble.rawScore(new float[]{0, 1}, 0)).isEqualTo((0.5 + 1) / 2);
        assertThat(ensemble.rawScore(new float[]{0, 2}, 0)).isEqualTo((0.5 + 3) / 2);
        // decision type 10: missing NaN, default left
        assertThat(ensemble.rawScore(new float[]{0, Float.NaN}, 0)).isEqualTo((0.5 + 1) / 2);
        assertThat(ensemble.expectedValue()).isEqualTo((0.5 + (30 * 1 + 10 * 3) / 40.0) / 2);
        double[] contributions = new double[2];
        double raw = ensemble.pathContributions(new float[]{0, 2}, 0, contributions, 0);
        assertThat(contributions[0]).isZero();
        assertThat(contributions[1] + ensemble.expectedValue()).isCloseTo(raw, within(1e-12));
    }
}
