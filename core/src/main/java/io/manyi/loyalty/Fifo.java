package io.manyi.loyalty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * First-expiring, first-spent. Every debit (redemption, expiry, hold, transfer out, negative
 * adjustment) takes the oldest-expiring points; so what is left of an account is its credits by
 * expiry date minus all its debits taken from the earliest date on. The database computes the
 * same thing set-based for expiry and liability; this is the reference.
 */
public final class Fifo {

    private static final LocalDate NEVER = LocalDate.MAX;

    private Fifo() {
    }

    public static long balance(List<Entry> entries) {
        long sum = 0;
        for (Entry entry : entries) {
            sum += entry.points();
        }
        return sum;
    }

    /** The unspent points by expiry date, earliest first; they add up to the balance when it is not negative. */
    public static List<Lot> remaining(List<Entry> entries) {
        Map<LocalDate, Long> credits = new TreeMap<>();
        long debits = 0;
        for (Entry entry : entries) {
            if (entry.points() > 0) {
                credits.merge(entry.expiresOn() == null ? NEVER : entry.expiresOn(), entry.points(), Long::sum);
            } else {
                debits -= entry.points();
            }
        }
        List<Lot> lots = new ArrayList<>();
        for (Map.Entry<LocalDate, Long> credit : credits.entrySet()) {
            long taken = Math.min(debits, credit.getValue());
            debits -= taken;
            long left = credit.getValue() - taken;
            if (left > 0) {
                lots.add(new Lot(credit.getKey() == NEVER ? null : credit.getKey(), left));
            }
        }
        lots.sort(Comparator.comparing(Lot::expiresOn, Comparator.nullsLast(Comparator.naturalOrder())));
        return lots;
    }

    /** Points that are still unspent on {@code day} and expire on or before it. */
    public static long expiringBy(List<Entry> entries, LocalDate day) {
        long sum = 0;
        for (Lot lot : remaining(entries)) {
            if (lot.expiresOn() != null && !lot.expiresOn().isAfter(day)) {
                sum += lot.points();
            }
        }
        return sum;
    }

    /** True when a debit of {@code points} (positive) keeps the balance at zero or above. */
    public static boolean affords(List<Entry> entries, long points) {
        return balance(entries) >= points;
    }
}
