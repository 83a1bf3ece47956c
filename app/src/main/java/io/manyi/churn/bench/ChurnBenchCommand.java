package io.manyi.churn.bench;

import io.manyi.churn.ChurnFacts;
import io.manyi.churn.HealthScores;
import io.manyi.churn.MonthScorer;
import io.manyi.churn.ProvinceDataset;
import io.manyi.churn.ProvinceModel;
import io.manyi.churn.ProvinceModelBuilder;
import io.manyi.churn.TimeSplit;
import io.manyi.churn.TrainingSettings;
import io.manyi.churn.Warning;
import io.manyi.churn.CompositeWeights;
import io.manyi.churn.WarningRules;
import io.manyi.province.ProvinceGenerator;
import io.manyi.province.ProvinceSpec;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./manyi bench churn}: the province pipeline on a generated province, in memory (no
 * files, no database): features for the training, validation and test months, training with
 * the time split, the test month's AUC beside the oracle, then scoring the last month (features
 * + model probabilities + contributions + reasons + composite + health + warning rules).
 */
@Command(name = "churn", mixinStandardHelpOptions = true,
        description = {"Generate a province in memory and measure the churn pipeline: feature throughput,",
                "training time, scoring throughput (features + model + reasons)."})
public final class ChurnBenchCommand implements Callable<Integer> {

    @Option(names = "--subscribers", defaultValue = "1000000", description = "Subscribers (default: ${DEFAULT-VALUE}).")
    int subscribers;

    @Option(names = "--months", defaultValue = "12", description = "Months of history (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--seed", defaultValue = "10086", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--score-subscribers", description = "Score only the first N subscribers (default: all).")
    Integer scoreSubscribers;

    @Option(names = "--threads", description = "LightGBM threads (default: 1 for training, all cores for scoring).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        if (threads != null) {
            System.setProperty("manyi.churn.threads", String.valueOf(threads));
        }
        ProvinceSpec spec = new ProvinceSpec(subscribers, YearMonth.of(2026, 10), months, seed);
        TimeSplit split = TimeSplit.of(spec.firstMonth(), spec.lastMonth(), TrainingSettings.defaults());
        out.printf("bench churn: %,d subscribers × %d months (%s..%s); train %s..%s, validate %s, test %s%n",
                subscribers, months, spec.firstMonth(), spec.lastMonth(), split.trainFrom(), split.trainTo(),
                split.validation(), split.test());

        ProvinceDataset data = new ProvinceDataset(split, months, subscribers, TrainingSettings.defaults().maxTrainingRows());
        Map<String, Double> hazards = new HashMap<>(subscribers * 2);
        long[] featureNanos = {0, 0};
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        ChurnFacts facts = new ChurnFacts(spec.firstMonth(), months);
        GeneratedFacts sink = new GeneratedFacts(facts, f -> {
            long t = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            data.add(f);
            featureNanos[0] += System.nanoTime() - t;
            featureNanos[1] += cpu.getCurrentThreadCpuTime() - c;
        }, (msisdn, month, hazard) -> {
            if (month.equals(split.test())) {
                hazards.put(msisdn, hazard);
            }
        });
        new ProvinceGenerator(spec).generate(sink);
        sink.finish();
        double pass = seconds(started);
        double featureSeconds = featureNanos[0] / 1e9;
        double featureCpu = featureNanos[1] / 1e9;
        out.printf("  generation + features: %.1f s; features alone %.1f s = %,.0f subscribers/s (%d reference months "
                        + "each; %.1f s of CPU = %,.0f subscribers/s per core)%n",
                pass, featureSeconds, subscribers / featureSeconds,
                split.trainFrom().until(split.trainTo(), java.time.temporal.ChronoUnit.MONTHS) + 3, featureCpu,
                subscribers / featureCpu);

        long processCpu = processCpuNanos();
        ProvinceModel model = ProvinceModelBuilder.build(data, "bench", m -> hazards.getOrDefault(m, Double.NaN));
        out.printf("  training: %.1f s (%.1f s of CPU) on %,d rows (stayers kept: %.0f%%), %s trees%n",
                model.trainingSeconds(), (processCpuNanos() - processCpu) / 1e9, model.trainingRows(),
                100 * model.keptStayers(), model.model().metadata().get("bestRounds"));
        out.printf("  test month %s: %,d rows, %.2f%% left within %d months; AUC %.4f, oracle AUC %.4f, PR-AUC %.4f, "
                        + "top-decile lift %.2f%n", split.test(), model.test().rows(),
                100.0 * model.test().positives() / model.test().rows(), split.horizon(), model.test().auc(),
                model.oracleAuc(), model.test().prAuc(), model.test().topDecileLift());
        hazards.clear();

        int limit = scoreSubscribers == null ? subscribers : scoreSubscribers;
        long[] scoreNanos = {0, 0};
        long[] counts = {0, 0};
        MonthScorer scorer = new MonthScorer(model.model(), months, model.groupRates(), CompositeWeights.defaults(),
                WarningRules.defaults(), new MonthScorer.Sink() {
            @Override
            public void score(String msisdn, double probability, int composite, HealthScores health, long valueFen,
                              String[] en, String[] zh, int reasons) {
                counts[0] += reasons;
            }

            @Override
            public void warning(String msisdn, Warning warning) {
                counts[1]++;
            }
        });
        int last = months - 1;
        int[] seen = {0};
        ChurnFacts scoringFacts = new ChurnFacts(spec.firstMonth(), months);
        GeneratedFacts scoringSink = new GeneratedFacts(scoringFacts, f -> {
            if (seen[0]++ >= limit) {
                return;
            }
            long t = System.nanoTime();
            long c = processCpuNanos();
            try {
                scorer.add(f, last);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            scoreNanos[0] += System.nanoTime() - t;
            scoreNanos[1] += processCpuNanos() - c;
        }, (msisdn, month, hazard) -> { });
        new ProvinceGenerator(new ProvinceSpec(Math.min(subscribers, limit), spec.lastMonth(), months, seed))
                .generate(scoringSink);
        scoringSink.finish();
        long t = System.nanoTime();
        long c = processCpuNanos();
        scorer.flush();
        scoreNanos[0] += System.nanoTime() - t;
        scoreNanos[1] += processCpuNanos() - c;
        double scoreSeconds = scoreNanos[0] / 1e9;
        double scoreCpu = scoreNanos[1] / 1e9;
        out.printf("  scoring %s: %,d active subscribers in %.1f s = %,.0f subscribers/s; %.1f s of CPU = %,.0f per "
                        + "CPU-second (features, probability, contributions, 3 reasons in 2 languages, composite, "
                        + "health, rules: %,d reasons, %,d warnings)%n", spec.lastMonth(), scorer.scored(), scoreSeconds,
                scorer.scored() / scoreSeconds, scoreCpu, scorer.scored() / scoreCpu, counts[0], counts[1]);
        model.model().close();
        return 0;
    }

    /** CPU time of the whole process (all threads, LightGBM's included): the machine is shared. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
