package io.manyi.churn;

import io.manyi.churn.model.Calibration;
import io.manyi.churn.model.FeatureColumn;
import io.manyi.churn.model.FeatureMatrix;
import io.manyi.churn.model.GradientBoostedModel;
import java.sql.SQLException;
import java.util.List;

/**
 * Scores subscribers for one month in batches: features, the model's probabilities and
 * contributions, the top reasons in both languages, the composite score, the four health scores,
 * the value (average spend of the last three months) and the warning rules. What becomes of a
 * scored row is the {@link Sink}'s business (the monthly run COPYs it; the benchmark counts it).
 */
public final class MonthScorer {

    public static final int BATCH = 20_000;

    /** Receives scored rows and fired warnings. */
    public interface Sink {
        void score(String msisdn, double probability, int composite, HealthScores health, long valueFen,
                   String[] reasonsEn, String[] reasonsZh, int reasons) throws SQLException;

        void warning(String msisdn, Warning warning) throws SQLException;
    }

    private final GradientBoostedModel model;
    private final List<FeatureColumn> columns;
    private final ChurnFeatures features;
    private final RiskReasons reasons;
    private final GroupRates rates;
    private final CompositeWeights weights;
    private final WarningRules rules;
    private final Sink sink;
    private final int width = ChurnFeatures.WIDTH;
    private final float[] values = new float[BATCH * ChurnFeatures.WIDTH];
    private final String[] msisdns = new String[BATCH];
    private final int[] composite = new int[BATCH];
    private final long[] valueFen = new long[BATCH];
    private final String[] en = new String[RiskReasons.COUNT];
    private final String[] zh = new String[RiskReasons.COUNT];
    private final int[] top = new int[RiskReasons.COUNT];
    private final double[] probabilities = new double[BATCH];
    private int rows;
    private long scored;
    private long warnings;

    public MonthScorer(GradientBoostedModel model, int windowMonths, GroupRates rates, CompositeWeights weights,
                       WarningRules rules, Sink sink) {
        this.model = model;
        this.columns = model.schema().columns();
        if (columns.size() != width) {
            throw new IllegalArgumentException("the current model has " + columns.size() + " features, this Manyi computes "
                    + width + ": train the province model again (./manyi churn train-province)");
        }
        this.reasons = new RiskReasons(columns);
        this.features = new ChurnFeatures(reasons.brands(), reasons.cities(), windowMonths);
        this.rates = rates;
        this.weights = weights;
        this.rules = rules;
        this.sink = sink;
    }

    /** Scores {@code f} as at the end of month index {@code t} when active then; returns whether it was. */
    public boolean add(ChurnFacts f, int t) throws SQLException {
        if (!f.activeAtEnd(t)) {
            return false;
        }
        int offset = rows * width;
        features.compute(f, t, values, offset);
        msisdns[rows] = f.msisdn;
        composite[rows] = rates.composite(CompositeGroup.keys(f, values, offset), weights);
        long spend = 0;
        int months = 0;
        for (int m = Math.max(0, t - 2); m <= t; m++) {
            if (f.present[m]) {
                spend += f.spendFen[m];
                months++;
            }
        }
        valueFen[rows] = months == 0 ? 0 : spend / months;
        for (Warning w : Warnings.of(f, t, rules)) {
            sink.warning(f.msisdn, w);
            warnings++;
        }
        if (++rows == BATCH) {
            flush();
        }
        return true;
    }

    /** Scores what is buffered. */
    public void flush() throws SQLException {
        if (rows == 0) {
            return;
        }
        FeatureMatrix matrix = new FeatureMatrix(columns, rows == BATCH ? values : java.util.Arrays.copyOf(values, rows * width),
                rows);
        // Path attribution from the Java tree walk (docs/churn.md, "Fast scoring"): as cheap as the
        // prediction; exact TreeSHAP would cost two orders of magnitude more per row. A row's
        // contributions sum exactly to its raw score, so one walk of the trees gives both.
        double[] contributions = model.reasonContributions(matrix);
        Calibration calibration = model.calibration();
        for (int r = 0; r < rows; r++) {
            double raw = 0;
            for (int c = r * (width + 1), end = c + width + 1; c < end; c++) {
                raw += contributions[c];
            }
            probabilities[r] = calibration.probability(raw);
            int n = RiskReasons.top(contributions, r, width, top);
            for (int k = 0; k < n; k++) {
                float value = values[r * width + top[k]];
                en[k] = reasons.en(top[k], value);
                zh[k] = reasons.zh(top[k], value);
            }
            sink.score(msisdns[r], probabilities[r], composite[r], HealthScores.of(values, r * width), valueFen[r], en, zh, n);
        }
        scored += rows;
        rows = 0;
    }

    public long scored() {
        return scored;
    }

    public long warnings() {
        return warnings;
    }
}
