package io.manyi.churn.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.churn.SyntheticChurnCsv;
import io.manyi.churn.SyntheticChurnCsv.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On the synthetic public-dataset shapes: the Java scorer gives LightGBM's probabilities on an
 * unseen file (unseen categories, blanks), and path-attribution reasons mostly name TreeSHAP's.
 * The agreement figures are printed (docs/churn.md quotes them); the floors only catch a broken
 * attribution, which would agree about as often as chance (1 in 18 features for the first reason).
 */
class ReasonAgreementTest {

    @ParameterizedTest
    @CsvSource({"TELCO, Churn", "BIGML, Churn", "BANK, Exited"})
    void pathReasonsAgreeWithTreeShapAndScoresEqualLightGbms(Shape shape, String target, @TempDir Path dir)
            throws IOException {
        Path trainFile = dir.resolve("train.csv");
        Path testFile = dir.resolve("test.csv");
        SyntheticChurnCsv.write(shape, trainFile, 4000, 11, false);
        SyntheticChurnCsv.write(shape, testFile, 2000, 12, true);
        CsvTable table = CsvTable.read(trainFile);
        TabularCsv.Detection detection = TabularCsv.detect(table, target, null);
        int[] labels = TabularCsv.labels(table, detection.targetColumn(), detection.labels());
        int[] kept = IntStream.range(0, labels.length).filter(i -> labels[i] >= 0).toArray();
        FeatureMatrix train = detection.schema().encode(table).select(kept);
        int[] keptLabels = IntStream.of(kept).map(i -> labels[i]).toArray();
        try (GradientBoostedModel model = ModelTraining.withRandomSplit(train, keptLabels,
                TrainingOptions.defaults(train.rows()))) {
            FeatureMatrix test = model.schema().encode(CsvTable.read(testFile));
            double[] java = model.rawScores(test);
            double[] lightgbm = model.lightgbmRawScores(test);
            for (int i = 0; i < java.length; i++) {
                assertThat(Math.abs(java[i] - lightgbm[i])).isLessThan(1e-6);
            }
            ReasonAgreement agreement = ReasonAgreement.of(model.reasonContributions(test), model.contributions(test),
                    test.width(), test.rows());
            System.out.printf("reason agreement, %s (%d features, %d trees): %s%n", shape, test.width(),
                    model.scorer().ensemble().trees(), agreement);
            assertThat(agreement.sameFirst()).isGreaterThan(0.6);
            assertThat(agreement.meanShared()).isGreaterThan(2.0);
        }
    }
}
