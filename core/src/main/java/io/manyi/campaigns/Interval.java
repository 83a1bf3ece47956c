package io.manyi.campaigns;

/**
 * 95 % confidence intervals for the campaign statistics (docs/campaigns.md, "Statistics").
 *
 * <p>Retention uplift is a difference of two proportions. Retention sits near 1 and the control
 * arm is small (10 % of the members), exactly where the Wald interval is too narrow and can leave
 * [-1, 1]; Newcombe's hybrid score interval (method 10 of Newcombe 1998), built from the two
 * arms' Wilson intervals, keeps its coverage there and stays in range, at no cost in code.
 * Spend change is a mean of many members' monthly differences, for which the normal
 * approximation with each arm's own variance (Welch's standard error) is sound.
 */
public final class Interval {

    /** The 97.5 % quantile of the standard normal distribution. */
    public static final double Z = 1.959963984540054;

    private Interval() {
    }

    public record Bounds(double low, double high) {
    }

    /** Wilson's score interval for {@code successes} out of {@code n}; null when {@code n} is 0. */
    public static Bounds wilson(long successes, long n) {
        if (n <= 0) {
            return null;
        }
        double p = (double) successes / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Bounds(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** The difference p1 - p2 with Newcombe's interval; null when either arm is empty. */
    public static Difference newcombe(long successes1, long n1, long successes2, long n2) {
        Bounds w1 = wilson(successes1, n1);
        Bounds w2 = wilson(successes2, n2);
        if (w1 == null || w2 == null) {
            return null;
        }
        double p1 = (double) successes1 / n1;
        double p2 = (double) successes2 / n2;
        double d = p1 - p2;
        double low = d - Math.sqrt(sq(p1 - w1.low()) + sq(w2.high() - p2));
        double high = d + Math.sqrt(sq(w1.high() - p1) + sq(p2 - w2.low()));
        return new Difference(d, low, high);
    }

    /** Difference of two means with the normal approximation and Welch's standard error; null with fewer than 2 in an arm. */
    public static Difference means(double mean1, double variance1, long n1, double mean2, double variance2, long n2) {
        if (n1 < 2 || n2 < 2) {
            return null;
        }
        double d = mean1 - mean2;
        double se = Math.sqrt(variance1 / n1 + variance2 / n2);
        return new Difference(d, d - Z * se, d + Z * se);
    }

    /** An estimate with its 95 % interval. */
    public record Difference(double estimate, double low, double high) {
    }

    private static double sq(double x) {
        return x * x;
    }
}
