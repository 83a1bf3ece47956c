package io.manyi.staff;

/**
 * How each kind of figure becomes a 0-100 component score. Null in, null out: a component without
 * figures has no score (and {@link Scorecard} leaves it out rather than counting it as zero).
 */
public final class Normalisation {

    private Normalisation() {
    }

    /** Checks and tests scored out of a maximum: the mean of {@code score / max}, as a percentage. */
    public static Double percentOfMax(Double meanRatio) {
        return meanRatio == null ? null : clamp(100 * meanRatio);
    }

    /** A survey's 1-10 score: 1 is 0, 10 is 100, linear between. */
    public static Double surveyScore(Double meanScore) {
        return meanScore == null ? null : clamp((meanScore - 1) / 9 * 100);
    }

    /**
     * A rate {@code part / whole}: {@code 100 × rate}, or against a target {@code min(100, 100 × rate / target)}.
     * No score when {@code whole} is 0.
     */
    public static Double rate(long part, long whole, Double target) {
        if (whole <= 0) {
            return null;
        }
        double rate = (double) part / whole;
        return clamp(target == null ? 100 * rate : 100 * rate / target);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(100, value));
    }
}
