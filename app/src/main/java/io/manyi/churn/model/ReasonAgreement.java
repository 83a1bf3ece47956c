package io.manyi.churn.model;

/**
 * How often two attributions (path attribution and exact TreeSHAP) give a row the same reasons,
 * with {@link Reasons}'s choice of features: the first reason the same; the same set of top
 * three (any order); and the mean number of shared features among the top three.
 */
public record ReasonAgreement(int rows, double sameFirst, double sameTopThree, double meanShared) {

    /** Both arrays in {@link GradientBoostedModel#contributions}'s layout ({@code width + 1} a row). */
    public static ReasonAgreement of(double[] first, double[] second, int width, int rows) {
        int[] a = new int[3];
        int[] b = new int[3];
        double[] ignored = new double[3];
        int sameFirst = 0;
        int sameSet = 0;
        long shared = 0;
        for (int r = 0; r < rows; r++) {
            Reasons.pick(first, r * (width + 1), width, 3, a, ignored, 0);
            Reasons.pick(second, r * (width + 1), width, 3, b, ignored, 0);
            if (a[0] == b[0]) {
                sameFirst++;
            }
            int common = 0;
            int sizeA = 0;
            int sizeB = 0;
            for (int i = 0; i < 3; i++) {
                sizeA += a[i] >= 0 ? 1 : 0;
                sizeB += b[i] >= 0 ? 1 : 0;
                for (int j = 0; j < 3 && a[i] >= 0; j++) {
                    if (a[i] == b[j]) {
                        common++;
                    }
                }
            }
            shared += common;
            if (common == sizeA && common == sizeB) {
                sameSet++;
            }
        }
        return new ReasonAgreement(rows, (double) sameFirst / rows, (double) sameSet / rows, (double) shared / rows);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "first reason the same %.1f%%, same top three %.1f%%, %.2f of the top three shared (%,d rows)",
                100 * sameFirst, 100 * sameTopThree, meanShared, rows);
    }
}
