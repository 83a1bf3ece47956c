package io.manyi.province;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Measures on a generated province: the oracle's AUC and how churners' signals differ from stayers'. */
final class SignalStats {

    private SignalStats() {
    }

    /**
     * AUC of ranking subscribers active at the end of window month {@code t0} by their true hazard
     * in that month, against leaving in the three months after.
     */
    static double oracleAuc(CollectingSink s, ProvinceSpec spec, int t0) {
        YearMonth reference = spec.firstMonth().plusMonths(t0);
        Map<String, YearMonth> churnMonth = new HashMap<>();
        s.churn.forEach(c -> churnMonth.put(c.msisdn(), c.churnMonth()));
        List<double[]> scored = new ArrayList<>();
        for (Rows.Hazard h : s.hazard) {
            if (!h.month().equals(reference)) {
                continue;
            }
            YearMonth left = churnMonth.get(h.msisdn());
            if (left != null && !left.isAfter(reference)) {
                continue;
            }
            boolean positive = left != null && !left.isAfter(reference.plusMonths(3));
            scored.add(new double[]{h.hazard(), positive ? 1 : 0});
        }
        return auc(scored);
    }

    /** Mann-Whitney AUC with ties counted half. Each entry is {score, label}. */
    static double auc(List<double[]> scored) {
        double[][] rows = scored.toArray(double[][]::new);
        Arrays.sort(rows, (a, b) -> Double.compare(a[0], b[0]));
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < rows.length) {
            int j = i;
            while (j < rows.length && rows[j][0] == rows[i][0]) {
                j++;
            }
            double averageRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (rows[k][1] == 1) {
                    rankSumPositives += averageRank;
                    positives++;
                }
            }
            i = j;
        }
        long negatives = rows.length - positives;
        return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Per subscriber, the usage rows by window month index (null where none). */
    static Map<String, Rows.Usage[]> usageByMonth(CollectingSink s, ProvinceSpec spec) {
        Map<String, Rows.Usage[]> byMsisdn = new HashMap<>();
        YearMonth first = spec.firstMonth();
        for (Rows.Usage u : s.usage) {
            int index = (int) first.until(u.month(), java.time.temporal.ChronoUnit.MONTHS);
            byMsisdn.computeIfAbsent(u.msisdn(), k -> new Rows.Usage[spec.months()])[index] = u;
        }
        return byMsisdn;
    }

    /** Signals in the three months before a reference month against the three before those. */
    record Signals(double spendTrend, double forwards, double contactsTrend, double competitorShareChange) {
    }

    /** The signals of a subscriber before reference month index {@code c} (needs six full months before it). */
    static Signals signals(Rows.Usage[] months, int c) {
        double spendBefore = 0;
        double spendRecent = 0;
        double contactsBefore = 0;
        double contactsRecent = 0;
        double shareBefore = 0;
        double shareRecent = 0;
        int forwards = 0;
        for (int k = 1; k <= 3; k++) {
            Rows.Usage recent = months[c - k];
            Rows.Usage before = months[c - 3 - k];
            spendRecent += recent.spendFen();
            spendBefore += before.spendFen();
            contactsRecent += recent.distinctContacts();
            contactsBefore += before.distinctContacts();
            shareRecent += recent.competitorContacts() / Math.max(1.0, recent.distinctContacts());
            shareBefore += before.competitorContacts() / Math.max(1.0, before.distinctContacts());
            forwards += recent.competitorForwards();
        }
        return new Signals(spendRecent / Math.max(1, spendBefore), forwards, contactsRecent / Math.max(1, contactsBefore),
                (shareRecent - shareBefore) / 3);
    }

    static boolean hasSixFullMonthsBefore(Rows.Usage[] months, int c) {
        if (c < 6 || c > months.length) {
            return false;
        }
        for (int k = 1; k <= 6; k++) {
            if (months[c - k] == null) {
                return false;
            }
        }
        return true;
    }

    static void printSignals(CollectingSink s, ProvinceSpec spec) {
        Map<String, Rows.Usage[]> usage = usageByMonth(s, spec);
        Map<String, Integer> churnIndex = new HashMap<>();
        s.churn.forEach(c -> churnIndex.put(c.msisdn(), (int) spec.firstMonth().until(c.churnMonth(),
                java.time.temporal.ChronoUnit.MONTHS)));
        double[] churners = new double[5];
        double[] stayers = new double[5];
        for (Rows.Subscriber sub : s.subscribers) {
            Rows.Usage[] months = usage.get(sub.msisdn());
            Integer c = churnIndex.get(sub.msisdn());
            int reference = c != null ? c : 6 + Math.floorMod(sub.msisdn().hashCode(), spec.months() - 6);
            if (months == null || !hasSixFullMonthsBefore(months, reference)) {
                continue;
            }
            Signals signals = signals(months, reference);
            double[] into = c != null ? churners : stayers;
            into[0] += signals.spendTrend();
            into[1] += signals.forwards();
            into[2] += signals.contactsTrend();
            into[3] += signals.competitorShareChange();
            into[4]++;
        }
        System.out.printf("churners n=%.0f spendTrend %.3f forwards %.2f contactsTrend %.3f shareChange %.4f%n", churners[4],
                churners[0] / churners[4], churners[1] / churners[4], churners[2] / churners[4], churners[3] / churners[4]);
        System.out.printf("stayers  n=%.0f spendTrend %.3f forwards %.2f contactsTrend %.3f shareChange %.4f%n", stayers[4],
                stayers[0] / stayers[4], stayers[1] / stayers[4], stayers[2] / stayers[4], stayers[3] / stayers[4]);
    }
}
