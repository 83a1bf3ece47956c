package io.manyi.churn.bench;

import io.manyi.churn.model.FeatureColumn;
import io.manyi.churn.model.FeatureMatrix;
import io.manyi.churn.model.FeatureNames;
import io.manyi.churn.model.GradientBoostedModel;
import io.manyi.churn.model.ModelTraining;
import io.manyi.churn.model.Reasons;
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
 * throughput: probabilities alone, probabilities + contributions + reasons for every row, and the
 * production mix (probabilities for every row, reasons for the highest-risk share).
 */
@Command(name = "churn-model", mixinStandardHelpOptions = true,
        description = {"Train the churn model on a synthetic feature matrix and measure scoring throughput",
                "(probability, contributions, reasons) in rows per second on all cores."})
public final class ChurnModelBenchCommand implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "1000000", description = "Rows (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--features", defaultValue = "40", description = "Features, a quarter of them categorical (default: ${DEFAULT-VALUE}).")
    int features;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--reasons-share", defaultValue = "0.1",
            description = "Share of rows, highest risk first, that get reasons in the production mix (default: ${DEFAULT-VALUE}).")
    double reasonsShare;

    @Option(names = "--threads", description = "LightGBM threads (default: all cores).")
    Integer threads;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        if (threads != null) {
            System.setProperty("manyi.churn.threads", String.valueOf(threads));
        }
        int cores = TrainingOptions.availableThreads();
        out.printf("bench churn-model: %,d rows × %d features, %d threads%n", rows, features, cores);
        long t0 = System.nanoTime();
        FeatureMatrix matrix = syntheticMatrix();
        int[] labels = labels(matrix);
        out.printf("  synthetic matrix: %.1f s, churn rate %.1f%%%n", seconds(t0), 100.0 * IntStream.of(labels).sum() / rows);

        long t1 = System.nanoTime();
        TrainingOptions options = TrainingOptions.defaults(rows).withSeed(seed);
        try (GradientBoostedModel model = ModelTraining.withRandomSplit(matrix, labels, options)) {
            double trainSeconds = seconds(t1);
            out.printf("  training: %.1f s (%s trees by early stopping, %s training + %s validation rows), validation AUC %.4f%n",
                    trainSeconds, model.metadata().get("bestRounds"), model.metadata().get("trainingRows"),
                    model.metadata().get("validationRows"), model.validation().auc());

            long t2 = System.nanoTime();
            double[] probabilities = model.probabilities(matrix);
            double probabilitySeconds = seconds(t2);
            out.printf("  scoring, probability only: %,.0f rows/s (%.2f s)%n", rows / probabilitySeconds, probabilitySeconds);

            int sample = Math.min(rows, 2_000);
            FeatureMatrix some = matrix.select(IntStream.range(0, sample).toArray());
            Reasons reasons = new Reasons(matrix.columns(), FeatureNames.columnNames(), FeatureNames.Language.EN, 3);
            long t3 = System.nanoTime();
            double[] contributions = model.contributions(some);
            double contributionSeconds = seconds(t3);
            long t4 = System.nanoTime();
            long characters = 0;
            for (int r = 0; r < sample; r++) {
                characters += String.join("; ", reasons.of(contributions, some.values(), r)).length();
            }
            double reasonSeconds = seconds(t4);
            double fullPerRow = (contributionSeconds + reasonSeconds) / sample + probabilitySeconds / rows;
            out.printf("  contributions (TreeSHAP): %,.0f rows/s; reason sentences: %,.0f rows/s (%,d rows sampled)%n",
                    sample / contributionSeconds, sample / reasonSeconds, sample);
            out.printf("  scoring, probability + contributions + reasons for every row: %,.0f rows/s%n", 1 / fullPerRow);

            long t5 = System.nanoTime();
            double[] again = model.probabilities(matrix);
            int[] order = IntStream.range(0, rows).boxed()
                    .sorted((a, b) -> Double.compare(again[b], again[a])).mapToInt(Integer::intValue).toArray();
            int top = (int) Math.round(rows * reasonsShare);
            FeatureMatrix risky = matrix.select(Arrays.copyOf(order, top));
            double[] riskyContributions = model.contributions(risky);
            for (int r = 0; r < top; r++) {
                characters += reasons.of(riskyContributions, risky.values(), r).size();
            }
            double mixSeconds = seconds(t5);
            out.printf("  scoring, probability for every row + reasons for the top %.0f%%: %,.0f rows/s (%.1f s)%n",
                    reasonsShare * 100, rows / mixSeconds, mixSeconds);
            out.printf("  (checksum %d, %.4f)%n", characters, probabilities[0]);
        }
        return 0;
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
