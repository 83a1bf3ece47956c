package io.manyi.churn.model;

import com.microsoft.ml.lightgbm.PredictionType;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * A trained churn model: LightGBM boosted trees (binary objective) over a {@link FeatureSchema},
 * a Platt {@link Calibration} of its raw scores, the decision threshold that maximised F1 on the
 * validation rows, training metadata and the validation {@link Metrics}. Input is a
 * {@link FeatureMatrix}, output calibrated probabilities and per-row contributions (SHAP values
 * in log-odds), so the CLI and the monthly pipeline share it. Train it with {@link ModelTraining};
 * save and load it with {@link ModelFile}. Scoring walks the same trees in Java ({@link Scorer},
 * {@link TreeEnsemble}): probabilities and path-attribution reasons for many rows; LightGBM itself
 * serves exact TreeSHAP ({@link #contributions}). Holds a native booster: close it.
 */
public final class GradientBoostedModel implements AutoCloseable {

    /** Rows per native call: bounds the temporary native buffers (contributions are width+1 doubles a row). */
    private static final int CHUNK = 20_000;

    private final String lightgbmModel;
    private final FeatureSchema schema;
    private final Calibration calibration;
    private final double threshold;
    private final Map<String, String> metadata;
    private final Metrics validation;
    private final LGBMBooster booster;
    private final int threads;
    /** The same trees walked in Java; null when LightGBM wrote something the Java walk does not read. */
    private final Scorer scorer;
    private static boolean nativeLoaded;

    GradientBoostedModel(String lightgbmModel, FeatureSchema schema, Calibration calibration, double threshold,
                         Map<String, String> metadata, Metrics validation) {
        this.lightgbmModel = lightgbmModel;
        this.schema = schema;
        this.calibration = calibration;
        this.threshold = threshold;
        this.metadata = new TreeMap<>(metadata);
        this.validation = validation;
        this.threads = TrainingOptions.availableThreads();
        try {
            loadNative();
            this.booster = LGBMBooster.loadModelFromString(lightgbmModel);
        } catch (LGBMException e) {
            throw new IllegalArgumentException("the LightGBM model cannot be loaded: " + e.getMessage(), e);
        }
        this.scorer = javaScorer(lightgbmModel, schema, calibration, threads);
    }

    private static Scorer javaScorer(String lightgbmModel, FeatureSchema schema, Calibration calibration, int threads) {
        try {
            return new Scorer(LightGbmModelText.parse(lightgbmModel), calibration, schema.columns(), threads);
        } catch (UnsupportedOperationException e) {
            return null; // e.g. linear trees: LightGBM predicts
        }
    }

    /**
     * Loads LightGBM's native library once per JVM. lightgbm4j extracts it to a fixed name in
     * {@code java.io.tmpdir}, overwriting the file in place: a second process starting while the
     * first runs would rewrite a library the first has mapped and crash it (SIGBUS, seen here).
     * So each JVM extracts into a private directory, removed at exit.
     */
    static synchronized void loadNative() {
        // lightgbm4j narrates the extraction at INFO (from the class's static initialiser, hence
        // before touching LGBMBooster); a CLI's output is for the analyst.
        if (org.slf4j.LoggerFactory.getLogger("io.github.metarank.lightgbm4j") instanceof ch.qos.logback.classic.Logger logger
                && logger.getLevel() == null) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        if (nativeLoaded) {
            return;
        }
        String tmpdir = System.getProperty("java.io.tmpdir");
        try {
            java.nio.file.Path privateDir = java.nio.file.Files.createTempDirectory("manyi-lightgbm-");
            privateDir.toFile().deleteOnExit();
            System.setProperty("java.io.tmpdir", privateDir.toString());
            try {
                LGBMBooster.loadNative(); // the class initialiser extracts and loads
            } finally {
                System.setProperty("java.io.tmpdir", tmpdir);
            }
            try (var files = java.nio.file.Files.list(privateDir)) {
                files.forEach(file -> file.toFile().deleteOnExit());
            }
            nativeLoaded = true;
        } catch (IOException e) {
            throw new UncheckedIOException("LightGBM's native library cannot be loaded on this machine", e);
        }
    }

    /** The same model with more metadata (target column, label mapping, source file, ...). */
    public GradientBoostedModel withMetadata(Map<String, String> more) {
        Map<String, String> merged = new TreeMap<>(metadata);
        merged.putAll(more);
        return new GradientBoostedModel(lightgbmModel, schema, calibration, threshold, merged, validation);
    }

    /** Raw scores (log-odds), one per row: the Java walk of the trees, equal to LightGBM's own. */
    public double[] rawScores(FeatureMatrix matrix) {
        return scorer != null ? scorer.rawScores(matrix) : lightgbmRawScores(matrix);
    }

    /** Raw scores as LightGBM's native prediction computes them (the reference the Java walk is tested against). */
    double[] lightgbmRawScores(FeatureMatrix matrix) {
        return predict(matrix, PredictionType.C_API_PREDICT_RAW_SCORE, 1);
    }

    /** Calibrated probabilities through LightGBM's native prediction: for comparison (benchmark). */
    public double[] lightgbmProbabilities(FeatureMatrix matrix) {
        double[] raw = lightgbmRawScores(matrix);
        for (int i = 0; i < raw.length; i++) {
            raw[i] = calibration.probability(raw[i]);
        }
        return raw;
    }

    /** Calibrated churn probabilities, one per row. */
    public double[] probabilities(FeatureMatrix matrix) {
        double[] raw = rawScores(matrix);
        for (int i = 0; i < raw.length; i++) {
            raw[i] = calibration.probability(raw[i]);
        }
        return raw;
    }

    /**
     * Per-row contributions for reasons by path attribution (each split's change in the node's
     * expected value credited to its feature): the layout of {@link #contributions}, summing
     * exactly to the raw score, at the cost of a prediction instead of TreeSHAP's. Falls back to
     * TreeSHAP for a model the Java walk cannot read.
     */
    public double[] reasonContributions(FeatureMatrix matrix) {
        return scorer != null ? scorer.pathContributions(matrix) : contributions(matrix);
    }

    /**
     * The fast scorer (probabilities and reasons of many rows on all cores, see {@link Scorer}).
     *
     * @throws UnsupportedOperationException for a model the Java walk cannot read (none Manyi trains)
     */
    public Scorer scorer() {
        if (scorer == null) {
            throw new UnsupportedOperationException("this LightGBM model has features the Java scorer does not read");
        }
        return scorer;
    }

    /**
     * Per-row contributions of each feature to the raw score (exact TreeSHAP through LightGBM),
     * {@code width + 1} values a row, the last being the expected raw score; a row's values sum
     * to its raw score. Costs trees × leaves × depth² a row: for the model report and analysts;
     * reasons of many rows come from {@link #reasonContributions} or {@link #scorer()}.
     */
    public double[] contributions(FeatureMatrix matrix) {
        return predict(matrix, PredictionType.C_API_PREDICT_CONTRIB, matrix.width() + 1);
    }

    private double[] predict(FeatureMatrix matrix, PredictionType type, int perRow) {
        checkColumns(matrix);
        int width = matrix.width();
        double[] out = new double[matrix.rows() * perRow];
        String parameters = "num_threads=" + threads;
        try {
            for (int start = 0; start < matrix.rows(); start += CHUNK) {
                int rows = Math.min(CHUNK, matrix.rows() - start);
                float[] chunk = start == 0 && rows == matrix.rows() ? matrix.values()
                        : java.util.Arrays.copyOfRange(matrix.values(), start * width, (start + rows) * width);
                double[] result = booster.predictForMat(chunk, rows, width, true, type, parameters);
                System.arraycopy(result, 0, out, start * perRow, rows * perRow);
            }
        } catch (LGBMException e) {
            throw new IllegalStateException("LightGBM prediction failed: " + e.getMessage(), e);
        }
        return out;
    }

    private void checkColumns(FeatureMatrix matrix) {
        if (!matrix.columns().equals(schema.columns())) {
            throw new IllegalArgumentException("the matrix's columns are not the model's: encode it with the model's schema");
        }
    }

    public FeatureSchema schema() {
        return schema;
    }

    public Calibration calibration() {
        return calibration;
    }

    /** The probability from which a row counts as "will churn" for accuracy, precision, recall, F1. */
    public double threshold() {
        return threshold;
    }

    public Map<String, String> metadata() {
        return java.util.Collections.unmodifiableMap(metadata);
    }

    public Metrics validation() {
        return validation;
    }

    String lightgbmModel() {
        return lightgbmModel;
    }

    @Override
    public void close() {
        try {
            booster.close();
        } catch (LGBMException e) {
            // nothing left to release
        }
    }
}
