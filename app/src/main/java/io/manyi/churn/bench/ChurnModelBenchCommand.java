package io.manyi.churn.bench;

import io.manyi.churn.model.FeatureColumn;
import io.manyi.churn.model.FeatureMatrix;
import io.manyi.churn.model.FeatureNames;
import io.manyi.churn.model.GradientBoostedModel;
import io.manyi.churn.model.ModelFile;
import io.manyi.churn.model.ModelTraining;
import io.manyi.churn.model.ReasonAgreement;
import io.manyi.churn.model.Reasons;
import io.manyi.churn.model.ScoredRows;
import io.manyi.churn.model.Scorer;
import io.manyi.churn.model.TrainingOptions;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./manyi bench churn-model}: a synthetic feature matrix (numeric and categorical columns,
 * a logistic churn signal on some of them plus noise), the default training, then scoring
 * throughput (medians of several runs): the Java scorer's probabilities, probabilities + path
 * reasons, + reason sentences; LightGBM's own probabilities and TreeSHAP for comparison; and how
 * often path-attribution reasons agree with TreeSHAP's.
 */
@Command(name = "churn-model", mixinStandardHelpOptions = true,
        description = {"Train the churn model on a synthetic feature matrix and measure scoring throughput",
                "(probability, reasons, TreeSHAP) in rows per second, medians of --repeat runs."})
public final class ChurnModelBenchCommand implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "1000000", description = "Rows (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--features", defaultValue = "40", description = "Features, a quarter of them categorical (default: ${DEFAULT-VALUE}).")
    int features;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Keep the trained model here and reuse it on the next run with the same options (skips training).")
    java.nio.file.Path modelFile;

    @Option(names = "--repeat", defaultValue = "5", description = "Runs of each scoring measurement; the median is printed (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--threads", description = "Scoring threads (default: all cores).")
    Integer threads;

    @Option(names = "--training-threads", description = "LightGBM training threads (default: --threads). On a"
            + " shared, oversubscribed machine 1 is much faster: OpenMP threads spin while they wait.")
    Integer trainingThreads;

    @Override
    public Integer call() throws java.io.IOException {
        PrintStream out = System.out;
        int cores = threads != null ? threads : TrainingOptions.availableThreads();
        int trainingCores = trainingThreads != null ? trainingThreads : cores;
        System.setProperty("manyi.churn.threads", String.valueOf(trainingCores));
        out.printf("bench churn-model: %,d rows × %d features, scoring on %d threads, training on %d%n", rows, features,
                cores, trainingCores);
        long t0 = System.nanoTime();
        FeatureMatrix matrix = syntheticMatrix();
        int[] labels = labels(matrix);
        out.printf("  synthetic matrix: %.1f s, churn rate %.1f%%%n", seconds(t0), 100.0 * IntStream.of(labels).sum() / rows);

        long t1 = System.nanoTime();
        TrainingOptions options = TrainingOptions.defaults(rows).withSeed(seed);
        GradientBoostedModel trained;
        if (modelFile != null && java.nio.file.Files.exists(modelFile)) {
            trained = ModelFile.load(modelFile);
            out.printf("  model loaded from %s (not trained)%n", modelFile);
        } else {
            trained = ModelTraining.withRandomSplit(matrix, labels, options);
            double trainSeconds = seconds(t1);
            out.printf("  training: %.1f s (%s trees by early stopping, %s training + %s validation rows), validation AUC %.4f%n",
                    trainSeconds, trained.metadata().get("bestRounds"), trained.metadata().get("trainingRows"),
                    trained.metadata().get("validationRows"), trained.validation().auc());
            if (modelFile != null) {
                ModelFile.save(trained, modelFile);
            }
        }
        // the same model again, its LightGBM predictions now on the scoring thread count
        System.setProperty("manyi.churn.threads", String.valueOf(cores));
        try (trained; GradientBoostedModel model = trained.withMetadata(java.util.Map.of())) {

            Scorer scorer = new Scorer(model.scorer().ensemble(), model.calibration(), matrix.columns(), cores);
            out.printf("  model: %d trees%n", scorer.ensemble().trees());
            Reasons en = new Reasons(matrix.columns(), FeatureNames.columnNames(), FeatureNames.Language.EN, 3);
            Reasons zh = new Reasons(matrix.columns(), FeatureNames.columnNames(), FeatureNames.Language.ZH, 3);
            long[] checksum = new long[1];

            Rate probabilityRate = median(() -> {
                double[] p = scorer.probabilities(matrix);
                checksum[0] += (long) (p[0] * 1e6);
            });
            out.printf("  Java scorer, probability only: %s%n", probabilityRate);
            Rate scoreRate = median(() -> checksum[0] += scorer.score(matrix, 3).reasonFeatures()[0]);
            out.printf("  Java scorer, probability + path-attribution reasons (top-3 features): %s%n", scoreRate);
            Rate sentenceRate = median(() -> {
                ScoredRows scored = scorer.score(matrix, 3);
                for (int r = 0; r < rows; r++) {
                    checksum[0] += en.of(scored, matrix.values(), r).size() + zh.of(scored, matrix.values(), r).size();
                }
            });
            out.printf("  Java scorer, probability + reasons + sentences in English and Chinese: %s%n", sentenceRate);
            Rate lightgbmRate = median(() -> checksum[0] += (long) model.lightgbmProbabilities(matrix)[0]);
            out.printf("  LightGBM (JNI), probability only: %s%n", lightgbmRate);

            int sample = Math.min(rows, 2_000);
            FeatureMatrix some = matrix.select(IntStream.range(0, sample).toArray());
            double[][] shap = new double[1][];
            Rate shapRate = median(() -> shap[0] = model.contributions(some)).scaled((double) sample / rows);
            out.printf("  TreeSHAP contributions (LightGBM predict_contrib): %s (%,d rows sampled)%n",
                    shapRate, sample);
            ReasonAgreement agreement = ReasonAgreement.of(model.reasonContributions(some), shap[0], features, sample);
            out.printf("  path attribution vs TreeSHAP reasons: %s%n", agreement);
            out.printf("  (medians of %d runs; checksum %d)%n", repeat, checksum[0]);
        }
        return 0;
    }

    /**
     * Rows per second over {@code repeat} runs of a task that handles {@code rows} rows: the
     * median wall-clock rate, and the median rate per CPU-second of this process (all its
     * threads), which is what a share of an oversubscribed machine cannot distort.
     */
    private record Rate(double wall, double perCpuSecond) {

        Rate scaled(double factor) {
            return new Rate(wall * factor, perCpuSecond * factor);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%,.0f rows/s (%,.0f rows per CPU-second)", wall, perCpuSecond);
        }
    }

    private Rate median(Runnable task) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double[] wall = new double[repeat];
        double[] cpu = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            task.run();
            wall[i] = rows / seconds(start);
            cpu[i] = rows / Math.max(1e-9, (os.getProcessCpuTime() - cpuStart) / 1e9);
        }
        return new Rate(middle(wall), middle(cpu));
    }

    private static double middle(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private FeatureMatrix syntheticMatrix() {
        int categorical = features / 4;
        List<FeatureColumn> columns = new ArrayList<>();
        for (int c = 0; c < features - categorical; c++) {
            columns.add(FeatureColumn.numeric("x" + c));
        }
        for (int c = 0; c < categorical; c++) {
            List<String> levels = IntStream.range(0, 12).mapToObj(l -> "level" + l).toList();
            columns.add(FeatureColumn.categorical("c" + c, levels));
        }
        float[] values = new float[rows * features];
        int numeric = features - categorical;
        IntStream.range(0, rows).parallel().forEach(r -> {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + r);
            int base = r * features;
            for (int c = 0; c < numeric; c++) {
                values[base + c] = random.nextDouble() < 0.02 ? Float.NaN : (float) gaussian(random);
            }
            for (int c = 0; c < categorical; c++) {
                values[base + numeric + c] = random.nextInt(12);
            }
        });
        return new FeatureMatrix(columns, values, rows);
    }

    /** The hidden process: a few numeric effects, an interaction, two categories, and noise. */
    private int[] labels(FeatureMatrix m) {
        int numeric = features - features / 4;
        int[] labels = new int[rows];
        IntStream.range(0, rows).parallel().forEach(r -> {
            SplittableRandom random = new SplittableRandom(~seed * 7_000_003L + r);
            double logit = -2.5;
            for (int c = 0; c < Math.min(8, numeric); c++) {
                float v = m.get(r, c);
                logit += Float.isNaN(v) ? 0 : (c % 2 == 0 ? 0.5 : -0.35) * v;
            }
            if (numeric > 9 && m.get(r, 8) > 1 && m.get(r, 9) > 0) {
                logit += 1.2;
            }
            if (features / 4 > 0 && m.get(r, numeric) < 3) {
                logit += 0.8;
            }
            logit += 0.5 * gaussian(random);
            labels[r] = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
        });
        return labels;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
