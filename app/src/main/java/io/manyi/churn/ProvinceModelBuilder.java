package io.manyi.churn;

import io.manyi.churn.model.FeatureColumn;
import io.manyi.churn.model.FeatureMatrix;
import io.manyi.churn.model.GradientBoostedModel;
import io.manyi.churn.model.Metrics;
import io.manyi.churn.model.ModelFile;
import io.manyi.churn.model.ModelTraining;
import io.manyi.churn.model.TrainingOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trains the province model from a filled {@link ProvinceDataset} with the time split
 * ({@code ModelTraining.withValidation}: early stopping and calibration on the validation month),
 * then evaluates it on the test month it never saw, beside the oracle when the true hazards are
 * known, and writes the metrics and report JSON that churn_models keeps (V9's comments).
 */
public final class ProvinceModelBuilder {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ROC_POINTS = 100;

    private ProvinceModelBuilder() {
    }

    /**
     * @param hazard the true hazard of a test row's subscriber in the test month (NaN when unknown), or null
     */
    public static ProvinceModel build(ProvinceDataset data, String version, ToDoubleFunction<String> hazard) {
        List<FeatureColumn> columns = data.columns();
        FeatureMatrix train = data.train().matrix(columns);
        int[] trainLabels = data.train().labels();
        FeatureMatrix validation = data.validation().matrix(columns);
        int[] validationLabels = data.validation().labels();
        long started = System.nanoTime();
        GradientBoostedModel model = ModelTraining.withValidation(train, trainLabels, validation, validationLabels,
                options(train.rows()));
        double seconds = (System.nanoTime() - started) / 1e9;

        FeatureMatrix test = data.test().matrix(columns);
        int[] testLabels = data.test().labels();
        double[] probabilities = model.probabilities(test);
        Metrics metrics = Metrics.of(probabilities, testLabels, model.threshold());
        double oracle = hazard == null ? Double.NaN : oracleAuc(data.test().ids(), testLabels, hazard);
        byte[] file = bytes(model);
        GroupRates rates = data.groupRates();
        TimeSplit split = data.split();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", metrics.rows());
        m.put("positives", metrics.positives());
        m.put("auc", number(metrics.auc()));
        m.put("prAuc", number(metrics.prAuc()));
        m.put("topDecileLift", number(metrics.topDecileLift()));
        m.put("accuracy", number(metrics.accuracy()));
        m.put("f1", number(metrics.f1()));
        m.put("oracleAuc", number(oracle));
        m.put("logLoss", number(metrics.logLoss()));
        m.put("brier", number(metrics.brier()));
        m.put("threshold", number(model.threshold()));
        m.put("testMonth", split.test().toString());
        m.put("validationAuc", number(model.validation().auc()));
        m.put("trainingRows", train.rows());
        m.put("validationRows", validation.rows());
        m.put("trainingSeconds", number(seconds));
        m.put("trees", model.metadata().get("bestRounds"));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("roc", roc(probabilities, testLabels));
        report.put("lift", liftByDecile(probabilities, testLabels));
        List<List<Object>> calibration = new ArrayList<>();
        for (Metrics.CalibrationBin bin : metrics.calibration()) {
            // an empty bin has no mean: null, as in metrics
            calibration.add(java.util.Arrays.asList(number(bin.meanPredicted()), number(bin.observedRate()), bin.count()));
        }
        report.put("calibration", calibration);
        report.put("importance", importance(file, columns));
        report.put("groupRates", groupRates(rates));
        return new ProvinceModel(version, split, model, file, metrics, oracle, rates, features(columns),
                JSON.writeValueAsString(m), JSON.writeValueAsString(report), train.rows(), data.keptStayers(), seconds);
    }

    /**
     * The engine's defaults for the row count, on one thread unless {@code -Dmanyi.churn.threads}
     * says otherwise: on a shared 2-core machine OpenMP's threads spin against each other (72,000
     * rows took 523 s on two threads and 15.5 s on one, load average 15; docs/churn.md).
     */
    static TrainingOptions options(int rows) {
        TrainingOptions d = TrainingOptions.defaults(rows);
        int threads = Integer.getInteger("manyi.churn.threads", 1);
        // The monthly run scores (and explains) every subscriber, so trees cost at scoring time: a
        // rate of at least 0.2 and at most 200 trees (100,000 subscribers at 0.05 stopped only at
        // 1,878 trees; on 200,000 subscribers rate 0.1 stopped at 594 trees with test AUC 0.820,
        // rate 0.2 at 124 trees with 0.822, scoring 1.6 times faster: docs/churn.md).
        return new TrainingOptions(d.seed(), threads, Math.max(0.2, d.learningRate()), d.numLeaves(), d.minDataInLeaf(),
                d.featureFraction(), d.baggingFraction(), d.lambdaL2(), Math.min(200, d.maxRounds()),
                Math.min(50, d.earlyStoppingRounds()), d.validationShare(), false);
    }

    static double oracleAuc(String[] ids, int[] labels, ToDoubleFunction<String> hazard) {
        double[] scores = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            double h = hazard.applyAsDouble(ids[i]);
            if (Double.isNaN(h)) {
                return Double.NaN; // the truth does not cover these rows: no honest oracle
            }
            scores[i] = h;
        }
        return Metrics.auc(scores, labels);
    }

    /** ROC points [[fpr, tpr], ...] from (0,0) to (1,1), about {@value #ROC_POINTS} of them. */
    static List<double[]> roc(double[] scores, int[] labels) {
        int n = scores.length;
        Integer[] order = descending(scores);
        long positives = java.util.Arrays.stream(labels).filter(l -> l == 1).count();
        long negatives = n - positives;
        List<double[]> points = new ArrayList<>();
        points.add(new double[]{0, 0});
        long tp = 0;
        long fp = 0;
        int step = Math.max(1, n / ROC_POINTS);
        for (int i = 0; i < n; i++) {
            if (labels[order[i]] == 1) tp++; else fp++;
            boolean tieNext = i + 1 < n && scores[order[i + 1]] == scores[order[i]];
            if (!tieNext && ((i + 1) % step == 0 || i + 1 == n)) {
                points.add(new double[]{round(negatives == 0 ? 0 : (double) fp / negatives),
                        round(positives == 0 ? 0 : (double) tp / positives)});
            }
        }
        return points;
    }

    /** [[decile, lift], ...]: churn rate in each tenth of rows (highest risk first) over the overall rate. */
    static List<double[]> liftByDecile(double[] scores, int[] labels) {
        int n = scores.length;
        Integer[] order = descending(scores);
        double overall = java.util.Arrays.stream(labels).sum() / (double) n;
        List<double[]> lift = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            int from = (int) ((long) n * d / 10);
            int to = (int) ((long) n * (d + 1) / 10);
            long hits = 0;
            for (int i = from; i < to; i++) {
                hits += labels[order[i]];
            }
            double rate = to > from ? (double) hits / (to - from) : 0;
            lift.add(new double[]{d + 1, round(overall > 0 ? rate / overall : 0)});
        }
        return lift;
    }

    /** [[feature, gain], ...] largest first, from LightGBM's own text model inside the model file. */
    static List<List<Object>> importance(byte[] modelFile, List<FeatureColumn> columns) {
        String text = entry(modelFile, "lightgbm.txt");
        List<List<Object>> importance = new ArrayList<>();
        int at = text.indexOf("feature_importances:");
        if (at < 0) {
            return importance;
        }
        for (String line : text.substring(at).split("\n")) {
            int eq = line.indexOf('=');
            if (line.startsWith("f") && eq > 1) {
                try {
                    int column = Integer.parseInt(line.substring(1, eq));
                    double gain = Double.parseDouble(line.substring(eq + 1).trim());
                    importance.add(List.of(columns.get(column).name(), round(gain)));
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    // another section's line
                }
            } else if (!importance.isEmpty() && line.isBlank()) {
                break;
            }
        }
        return importance;
    }

    private static String entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(GradientBoostedModel model) {
        try {
            Path file = Files.createTempFile("manyi-churn-", ".model");
            try {
                ModelFile.save(model, file);
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the model cannot be written: " + e.getMessage(), e);
        }
    }

    public static GradientBoostedModel load(byte[] modelFile) {
        try {
            Path file = Files.createTempFile("manyi-churn-", ".model");
            try {
                Files.write(file, modelFile);
                return ModelFile.load(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the model cannot be read: " + e.getMessage(), e);
        }
    }

    private static String features(List<FeatureColumn> columns) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ChurnFeature feature = ChurnFeature.at(i);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("key", feature.key());
            f.put("en", feature.nameEn());
            f.put("zh", feature.nameZh());
            f.put("categorical", columns.get(i).categorical());
            if (columns.get(i).categorical()) {
                f.put("levels", columns.get(i).levels());
            }
            list.add(f);
        }
        return JSON.writeValueAsString(list);
    }

    private static Map<String, Object> groupRates(GroupRates rates) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("overall", rates.overall());
        rates.rates().forEach((group, byKey) -> map.put(group.name(), byKey));
        return map;
    }

    /** Reads the rates back from a report's {@code groupRates}. */
    @SuppressWarnings("unchecked")
    public static GroupRates groupRates(String reportJson) {
        Map<String, Object> report = JSON.readValue(reportJson, Map.class);
        Map<String, Object> map = (Map<String, Object>) report.get("groupRates");
        Map<CompositeGroup, Map<String, Double>> rates = new java.util.EnumMap<>(CompositeGroup.class);
        double overall = 0;
        if (map != null) {
            overall = ((Number) map.get("overall")).doubleValue();
            for (CompositeGroup group : CompositeGroup.values()) {
                Map<String, Object> byKey = (Map<String, Object>) map.get(group.name());
                if (byKey != null) {
                    Map<String, Double> r = new LinkedHashMap<>();
                    byKey.forEach((k, v) -> r.put(k, ((Number) v).doubleValue()));
                    rates.put(group, r);
                }
            }
        }
        return new GroupRates(rates, overall);
    }

    public static String version(YearMonth test, java.time.Instant at) {
        return "province-" + test + "-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(java.time.ZoneOffset.UTC).format(at);
    }

    private static Integer[] descending(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        return order;
    }

    private static Object number(double value) {
        return Double.isFinite(value) ? round(value) : null;
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
