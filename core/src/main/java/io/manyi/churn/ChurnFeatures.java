package io.manyi.churn;

import static io.manyi.churn.ChurnFeature.*;

import java.time.LocalDate;

/**
 * Computes the {@link ChurnFeature}s of one subscriber as at the end of a month from their
 * {@link ChurnFacts}: only months up to and including that month are read, so the same facts
 * give honest training rows for every earlier month. Allocation-free per call (scratch arrays are
 * reused): one instance per thread.
 *
 * <p>A month counts for levels and trends only when the subscriber was on the network all of it
 * (the activation month is pro-rated and would look like a fall); such months are missing, and a
 * trend with a missing side is missing (NaN), which the model handles.
 */
public final class ChurnFeatures {

    public static final int WIDTH = ChurnFeature.count();
    private static final long DAY = 86_400;
    private static final long WEEK = 7 * DAY;
    private static final long MONTH = 30 * DAY;

    private final CategoryLevels brands;
    private final CategoryLevels cities;
    private final double[] series;
    private final double[] other;

    public ChurnFeatures(CategoryLevels brands, CategoryLevels cities, int months) {
        this.brands = brands;
        this.cities = cities;
        this.series = new double[months];
        this.other = new double[months];
    }

    public CategoryLevels brands() {
        return brands;
    }

    public CategoryLevels cities() {
        return cities;
    }

    /** Writes the {@link #WIDTH} features of {@code f} as at the end of month index {@code t} into {@code out}. */
    public void compute(ChurnFacts f, int t, float[] out, int offset) {
        int full = firstFullMonth(f);

        fill(f.spendFen, f, full, t, 0.01);
        trend(out, offset, SPEND, t);
        fill(f.minutes, f, full, t);
        trend(out, offset, MINUTES, t);
        fill(f.dataMb, f, full, t);
        trend(out, offset, DATA, t);
        fill(f.sms, f, full, t);
        trend(out, offset, SMS, t);

        fill(f.roamingMinutes, f, full, t);
        double roaming = mean(series, t - 2, t);
        set(out, offset, ROAMING, roaming);
        fill(f.minutes, f, full, t);
        double minutes = mean(series, t - 2, t);
        set(out, offset, ROAMING_SHARE, minutes > 0 ? roaming / minutes : Double.NaN);

        long end = f.endOfMonthSeconds(t);
        long threeMonthsAgo = f.endOfMonthSeconds(t - 3);
        set(out, offset, VAS_SPEND, f.present[t] ? f.vasFen[t] / 100.0 : Double.NaN);
        int active = 0;
        int unconfirmed = 0;
        int taken = 0;
        for (int i = 0; i < f.serviceCount; i++) {
            if (f.serviceFrom[i] < end && f.serviceTo[i] > end) {
                active++;
                if (!f.serviceConfirmed[i]) {
                    unconfirmed++;
                }
            }
            if (f.serviceFrom[i] >= threeMonthsAgo && f.serviceFrom[i] < end) {
                taken++;
            }
        }
        set(out, offset, VAS_ACTIVE, active);
        set(out, offset, VAS_UNCONFIRMED, unconfirmed);
        set(out, offset, VAS_NEW_3M, taken);

        set(out, offset, ARREARS, f.arrearsFen[t] / 100.0);
        set(out, offset, DAYS_OVERDUE, f.daysOverdue[t]);
        int late = 0;
        for (int m = Math.max(0, t - 5); m <= t; m++) {
            if (f.daysOverdue[m] > 0) {
                late++;
            }
        }
        set(out, offset, LATE_MONTHS_6M, late);

        double competitorCalls = 0;
        double calls = 0;
        int forwards3 = 0;
        for (int m = Math.max(0, t - 2); m <= t; m++) {
            if (f.present[m]) {
                competitorCalls += f.competitorCalls[m];
                calls += f.minutes[m] / 2.3;
                forwards3 += f.competitorForwards[m];
            }
        }
        set(out, offset, COMPETITOR_CALL_SHARE, calls > 0 ? Math.min(1, competitorCalls / calls) : Double.NaN);
        set(out, offset, FORWARDS, f.present[t] ? f.competitorForwards[t] : Double.NaN);
        set(out, offset, FORWARDS_3M, forwards3);

        set(out, offset, CONTACTS, f.present[t] ? f.contacts[t] : Double.NaN);
        fill(f.contacts, f, full, t);
        set(out, offset, CONTACTS_CHANGE_3M, change3(series, t));
        set(out, offset, CONTACTS_CHANGE_6M, change6(series, t));
        for (int m = 0; m <= t; m++) {
            other[m] = f.present[m] && f.contacts[m] > 0 ? (double) f.competitorContacts[m] / f.contacts[m] : Double.NaN;
        }
        set(out, offset, COMPETITOR_CONTACT_SHARE, other[t]);
        double before = mean(other, t - 3, t - 1);
        set(out, offset, COMPETITOR_SHARE_CHANGE_3M, other[t] - before);

        complaints(f, t, end, out, offset);

        LocalDate monthEnd = f.monthEnd(t);
        set(out, offset, TENURE, tenureMonths(f.activatedOn, monthEnd));
        set(out, offset, CONTRACT_MONTHS_LEFT, f.contractEnd == null ? Double.NaN
                : (f.contractEnd.toEpochDay() - monthEnd.toEpochDay()) / 30.44);
        int stars = f.stars[t];
        set(out, offset, STARS, stars == ChurnFacts.UNKNOWN_STARS ? Double.NaN : stars);
        int earlier = t >= 3 ? f.stars[t - 3] : ChurnFacts.UNKNOWN_STARS;
        set(out, offset, STARS_CHANGE_3M, stars == ChurnFacts.UNKNOWN_STARS || earlier == ChurnFacts.UNKNOWN_STARS
                ? Double.NaN : stars - earlier);
        set(out, offset, PREMIUM_NUMBER, f.premiumNumber ? 1 : 0);
        out[offset + BRAND.ordinal()] = brands.code(f.brand);
        out[offset + CITY.ordinal()] = cities.code(f.city);
    }

    private void complaints(ChurnFacts f, int t, long end, float[] out, int offset) {
        long monthStart = f.endOfMonthSeconds(t - 1);
        long threeMonths = f.endOfMonthSeconds(t - 3);
        long sixMonths = f.endOfMonthSeconds(t - 6);
        int open = 0;
        int openWeek = 0;
        long longest = 0;
        int inThree = 0;
        int inMonth = 0;
        int repeated = 0;
        for (int i = 0; i < f.complaintCount; i++) {
            long opened = f.complaintOpened[i];
            if (opened >= end) {
                continue;
            }
            if (f.complaintClosed[i] > end) {
                open++;
                if (opened < end - WEEK) {
                    openWeek++;
                }
                longest = Math.max(longest, end - opened);
            }
            if (opened >= threeMonths) {
                inThree++;
            }
            if (opened >= monthStart) {
                inMonth++;
            }
            if (opened >= sixMonths) {
                for (int j = 0; j < f.complaintCount; j++) {
                    long other = f.complaintOpened[j];
                    if (j != i && (other < opened || other == opened && j < i) && other >= opened - MONTH) {
                        repeated++;
                        break;
                    }
                }
            }
        }
        set(out, offset, COMPLAINTS_OPEN, open);
        set(out, offset, COMPLAINTS_OPEN_WEEK, openWeek);
        set(out, offset, COMPLAINT_DAYS_OPEN, longest / (double) DAY);
        set(out, offset, COMPLAINTS_3M, inThree);
        set(out, offset, COMPLAINTS_MONTH, inMonth);
        set(out, offset, COMPLAINTS_REPEATED, repeated);
    }

    /** The first month index the subscriber was on the network from its first day. */
    static int firstFullMonth(ChurnFacts f) {
        if (f.activatedOn == null) {
            return Integer.MAX_VALUE;
        }
        int index = f.monthNumber(f.activatedOn);
        if (f.activatedOn.getDayOfMonth() != 1) {
            index++;
        }
        return Math.max(0, index);
    }

    /** Whole months from activation to {@code end} (as {@code Tenure.months}, without its date arithmetic objects). */
    static int tenureMonths(LocalDate activatedOn, LocalDate end) {
        if (activatedOn == null || end.isBefore(activatedOn)) {
            return 0;
        }
        int months = (end.getYear() - activatedOn.getYear()) * 12 + end.getMonthValue() - activatedOn.getMonthValue();
        return end.getDayOfMonth() < activatedOn.getDayOfMonth() ? months - 1 : months;
    }

    private void trend(float[] out, int offset, ChurnFeature level, int t) {
        int c = offset + level.ordinal();
        out[c] = (float) mean(series, t - 2, t);
        out[c + 1] = (float) change3(series, t);
        out[c + 2] = (float) change6(series, t);
        out[c + 3] = (float) volatility(series, t - 5, t);
    }

    private void fill(long[] values, ChurnFacts f, int full, int t, double scale) {
        for (int m = 0; m <= t; m++) {
            series[m] = m >= full && f.present[m] ? values[m] * scale : Double.NaN;
        }
    }

    private void fill(int[] values, ChurnFacts f, int full, int t) {
        for (int m = 0; m <= t; m++) {
            series[m] = m >= full && f.present[m] ? values[m] : Double.NaN;
        }
    }

    /** The month against the average of the three before it, as a fraction (-0.45 = fell 45%). */
    static double change3(double[] s, int t) {
        double before = mean(s, t - 3, t - 1);
        return before > 0 && !Double.isNaN(s[t]) ? s[t] / before - 1 : Double.NaN;
    }

    /** The last three months' average against the three before those. */
    static double change6(double[] s, int t) {
        double recent = mean(s, t - 2, t);
        double before = mean(s, t - 5, t - 3);
        return before > 0 && !Double.isNaN(recent) ? recent / before - 1 : Double.NaN;
    }

    /** Mean of the known values in [from, to] (indexes below 0 are outside the window); NaN when none. */
    static double mean(double[] s, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int m = Math.max(0, from); m <= to; m++) {
            if (!Double.isNaN(s[m])) {
                sum += s[m];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Standard deviation over mean of the known values in [from, to]; NaN with fewer than three. */
    static double volatility(double[] s, int from, int to) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int m = Math.max(0, from); m <= to; m++) {
            if (!Double.isNaN(s[m])) {
                sum += s[m];
                squares += s[m] * s[m];
                n++;
            }
        }
        if (n < 3 || sum <= 0) {
            return Double.NaN;
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, squares / n - mean * mean)) / mean;
    }

    private static void set(float[] out, int offset, ChurnFeature feature, double value) {
        out[offset + feature.ordinal()] = (float) value;
    }
}
