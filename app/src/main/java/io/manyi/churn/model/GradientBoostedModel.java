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
 * save and load it with {@link ModelFile}. Holds a native booster: close it.
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

    public double[] rawScores(FeatureMatrix matrix) {
        return predict(matrix, PredictionType.C_API_PREDICT_RAW_SCORE, 1);
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
     * Per-row contributions of each feature to the raw score (TreeSHAP), {@code width + 1} values
     * a row, the last being the expected raw score; a row's values sum to its raw score.
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
