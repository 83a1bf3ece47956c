package io.manyi.churn.model;

/**
 * Platt scaling: probability = 1 / (1 + exp(-(slope × raw + intercept))), fitted by maximum
 * likelihood on held-out rows' raw scores. Chosen over isotonic regression because it is
 * monotone without steps, so it never creates ties and never changes the ranking (AUC, lift and
 * the reasons stay the model's), and two numbers are robust on a few hundred validation rows.
 */
public record Calibration(double slope, double intercept) {

    public static final Calibration IDENTITY = new Calibration(1, 0);

    public double probability(double raw) {
        return 1 / (1 + Math.exp(-(slope * raw + intercept)));
    }

    /** Newton's method on the log likelihood, with Platt's smoothed targets against overfitting. */
    public static Calibration fit(double[] raw, int[] labels) {
        int positives = 0;
        for (int label : labels) {
            positives += label;
        }
        int negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            return IDENTITY;
        }
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (negatives + 2.0);
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < 100; iteration++) {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < raw.length; i++) {
                double p = 1 / (1 + Math.exp(-(a * raw[i] + b)));
                double t = labels[i] == 1 ? hi : lo;
                double d = p - t;
                double w = p * (1 - p);
                ga += d * raw[i];
                gb += d;
                haa += w * raw[i] * raw[i];
                hab += w * raw[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-18) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) {
                break;
            }
        }
        return a > 0 && Double.isFinite(a) && Double.isFinite(b) ? new Calibration(a, b) : IDENTITY;
    }
}
