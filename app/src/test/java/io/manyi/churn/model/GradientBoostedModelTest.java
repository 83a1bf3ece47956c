package io.manyi.churn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.manyi.churn.model.FeatureNames.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradientBoostedModelTest {

    static final List<FeatureColumn> COLUMNS = List.of(FeatureColumn.numeric("spend change"),
            FeatureColumn.categorical("plan", List.of("basic", "family", "premium")), FeatureColumn.numeric("noise"));
    static FeatureMatrix matrix;
    static int[] labels;

    @BeforeAll
    static void data() {
        Random random = new Random(3);
        int rows = 4000;
        float[] values = new float[rows * 3];
        labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            float spend = (float) random.nextGaussian();
            int plan = random.nextInt(3);
            values[i * 3] = random.nextDouble() < 0.05 ? Float.NaN : spend;
            values[i * 3 + 1] = plan;
            values[i * 3 + 2] = (float) random.nextGaussian();
            double logit = -1.5 - 1.5 * spend + (plan == 0 ? 1.0 : 0) + random.nextGaussian() * 0.5;
            labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
        }
        matrix = new FeatureMatrix(COLUMNS, values, rows);
    }

    private static TrainingOptions quick() {
        return TrainingOptions.defaults(matrix.rows()).withMaxRounds(300);
    }

    @Test
    void learnsTheSignalAndCalibrates() {
        try (GradientBoostedModel model = ModelTraining.withRandomSplit(matrix, labels, quick())) {
            assertThat(model.validation().auc()).isGreaterThan(0.75);
            double[] p = model.probabilities(matrix);
            assertThat(java.util.Arrays.stream(p).allMatch(v -> v > 0 && v < 1)).isTrue();
            double mean = java.util.Arrays.stream(p).average().orElseThrow();
            double rate = java.util.Arrays.stream(labels).average().orElseThrow();
            assertThat(mean).isCloseTo(rate, within(0.03));
            assertThat(model.threshold()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void contributionsSumToTheRawScore() {
        try (GradientBoostedModel model = ModelTraining.withRandomSplit(matrix, labels, quick())) {
            FeatureMatrix some = matrix.select(new int[]{0, 1, 2, 50, 99});
            double[] raw = model.rawScores(some);
            double[] contributions = model.contributions(some);
            for (int row = 0; row < some.rows(); row++) {
                double sum = 0;
                for (int k = 0; k <= some.width(); k++) {
                    sum += contributions[row * (some.width() + 1) + k];
                }
                assertThat(sum).isCloseTo(raw[row], within(1e-6));
            }
        }
    }

    @Test
    void sameSeedSameProbabilitiesAndSaveLoadKeepsThem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.model");
        double[] first;
        try (GradientBoostedModel model = ModelTraining.withRandomSplit(matrix, labels, quick())) {
            first = model.probabilities(matrix);
            ModelFile.save(model.withMetadata(java.util.Map.of("target", "Churn")), file);
        }
        try (GradientBoostedModel again = ModelTraining.withRandomSplit(matrix, labels, quick())) {
            assertThat(again.probabilities(matrix)).containsExactly(first);
        }
        try (GradientBoostedModel loaded = ModelFile.load(file)) {
            assertThat(loaded.probabilities(matrix)).containsExactly(first);
            assertThat(loaded.schema().columns()).isEqualTo(COLUMNS);
            assertThat(loaded.metadata()).containsEntry("target", "Churn");
            assertThat(loaded.validation().calibration()).hasSize(10);
        }
    }

    @Test
    void aFileThatIsNotAModelIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("x.model"), "hello");
        assertThatThrownBy(() -> ModelFile.load(file)).hasMessageContaining("not a Manyi churn model");
    }

    @Test
    void reasonsNameTheFeaturesThatRaiseTheRisk() {
        try (GradientBoostedModel model = ModelTraining.withRandomSplit(matrix, labels, quick())) {
            // a clear churner: spend fell sharply, basic plan
            FeatureMatrix one = new FeatureMatrix(COLUMNS, new float[]{-2.5f, 0, 0.1f}, 1);
            double[] contributions = model.contributions(one);
            List<String> en = new Reasons(COLUMNS, FeatureNames.columnNames(), Language.EN, 3).of(contributions, one.values(), 0);
            List<String> zh = new Reasons(COLUMNS, FeatureNames.columnNames(), Language.ZH, 3).of(contributions, one.values(), 0);
            assertThat(en.get(0)).isEqualTo("spend change = -2.5 raises the risk");
            assertThat(en).contains("plan = basic raises the risk").hasSizeLessThanOrEqualTo(3);
            assertThat(zh.get(0)).isEqualTo("spend change为-2.5，流失风险上升");
        }
    }
}
