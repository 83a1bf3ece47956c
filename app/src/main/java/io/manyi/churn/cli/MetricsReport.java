package io.manyi.churn.cli;

import io.manyi.churn.model.Metrics;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Metrics as a person reads them, and as one JSON line for tools. */
final class MetricsReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MetricsReport() {
    }

    static void print(PrintStream out, Metrics m) {
        out.printf(Locale.ROOT, "  rows %d, churners %d (%.1f%%)%n", m.rows(), m.positives(), 100.0 * m.positives() / m.rows());
        out.printf(Locale.ROOT, "  AUC %.4f   PR-AUC %.4f   top-decile lift %.2f%n", m.auc(), m.prAuc(), m.topDecileLift());
        out.printf(Locale.ROOT, "  at threshold %.4f: accuracy %.4f, precision %.4f, recall %.4f, F1 %.4f%n",
                m.threshold(), m.accuracy(), m.precision(), m.recall(), m.f1());
        out.printf(Locale.ROOT, "  log loss %.4f   Brier %.4f%n", m.logLoss(), m.brier());
        out.println("  calibration (predicted probability bin: rows, mean predicted, observed churn rate):");
        for (Metrics.CalibrationBin bin : m.calibration()) {
            if (bin.count() > 0) {
                out.printf(Locale.ROOT, "    %.1f-%.1f: %6d  %.3f  %.3f%n", bin.from(), bin.to(), bin.count(),
                        bin.meanPredicted(), bin.observedRate());
            }
        }
    }

    static String json(Metrics m) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("rows", m.rows());
        fields.put("churners", m.positives());
        fields.put("auc", round(m.auc()));
        fields.put("prAuc", round(m.prAuc()));
        fields.put("topDecileLift", round(m.topDecileLift()));
        fields.put("accuracy", round(m.accuracy()));
        fields.put("precision", round(m.precision()));
        fields.put("recall", round(m.recall()));
        fields.put("f1", round(m.f1()));
        fields.put("logLoss", round(m.logLoss()));
        fields.put("brier", round(m.brier()));
        fields.put("threshold", round(m.threshold()));
        return JSON.writeValueAsString(fields);
    }

    /** Six decimals; NaN (one class only) becomes null, since JSON has no NaN. */
    private static Double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 1e6) / 1e6 : null;
    }
}
