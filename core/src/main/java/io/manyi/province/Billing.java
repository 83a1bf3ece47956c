package io.manyi.province;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * One subscriber's account: charges of each month are due by that month's end; what is not
 * paid stays as debt, settled oldest first. Most pay every month; occasional payers skip now
 * and then; chronic ones skip often and pay part. Someone about to leave pays less reliably,
 * and one in four leaves a last bill unpaid.
 */
final class Billing {

    private final Window window;
    private final long[] debt;
    private int oldest;
    private long arrears;
    private int daysOverdue;

    Billing(Window window) {
        this.window = window;
        debt = new long[window.size()];
    }

    /** Days the oldest unpaid charge is overdue, at the end of the last month billed. */
    int daysOverdue() {
        return daysOverdue;
    }

    Rows.Payment bill(SplittableRandom rng, SubscriberProfile p, Window.Month month, long billedFen,
                      boolean considering, int lastDay, boolean leaving) {
        int m = month.index();
        debt[m] = billedFen;
        if (arrears == 0) {
            oldest = m;
        }
        arrears += billedFen;
        double skip = switch (p.payer) {
            case PUNCTUAL -> 0.015;
            case OCCASIONAL -> 0.30;
            case CHRONIC -> 0.40;
        };
        if (considering) {
            skip = Math.min(0.9, skip * 2.5 + 0.05);
        }
        if (leaving) {
            skip = 0.25;
        }
        long paid = 0;
        LocalDate paidOn = null;
        if (arrears > 0 && !Draw.chance(rng, skip)) {
            paid = p.payer == SubscriberProfile.Payer.CHRONIC && !leaving
                    ? Math.min(arrears, Math.round(arrears * Draw.uniform(rng, 0.5, 1.0) / 100.0) * 100)
                    : arrears;
            if (paid > 0) {
                paidOn = month.day(1 + rng.nextInt(lastDay));
                settle(paid, m);
            }
        }
        daysOverdue = arrears == 0 ? 0 : (int) (month.lastEpochDay() - window.get(oldest).lastEpochDay());
        return new Rows.Payment(p.msisdn, month.month(), billedFen, paid, paidOn, arrears, daysOverdue);
    }

    private void settle(long amount, int m) {
        arrears -= amount;
        while (amount > 0) {
            long part = Math.min(amount, debt[oldest]);
            debt[oldest] -= part;
            amount -= part;
            if (debt[oldest] > 0 || oldest == m) {
                break;
            }
            oldest++;
        }
        while (oldest < m && debt[oldest] == 0) {
            oldest++;
        }
    }
}
