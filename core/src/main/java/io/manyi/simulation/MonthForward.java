package io.manyi.simulation;

import io.manyi.province.Rows;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * One subscriber's next month in the province run forward (docs/synthetic-province.md,
 * "Running the province forward"): the hidden hazard is the subscriber's hazard in the
 * generator's last month times the multiplier of the true effects running this month; whether
 * they leave is drawn from it; their usage and bill follow last month's with noise, pro-rated to
 * the cancellation day for a leaver. Deterministic: the draws depend on (seed, month, number).
 */
public final class MonthForward {

    /** A quarter of leavers leave their last bill unpaid, as in the generator. */
    static final double LEAVER_UNPAID = 0.25;
    /** Monthly chance of paying when nothing is owed from before, and when something is. */
    static final double PAYS_WHEN_CURRENT = 0.97;
    static final double PAYS_WHEN_BEHIND = 0.75;

    /** What happened to the subscriber in the month; {@code cancelledOn} is null for a stayer. */
    public record Next(Rows.Usage usage, Rows.Payment payment, LocalDate cancelledOn, double hazardWithout,
                       double hazardWith) {

        public boolean leaves() {
            return cancelledOn != null;
        }
    }

    private final long seed;

    public MonthForward(long seed) {
        this.seed = seed;
    }

    /**
     * @param last        last month's usage (the subscriber was on the network all or part of it)
     * @param lastPayment last month's account (null: nothing owed)
     * @param baseHazard  the hidden monthly hazard without any effect
     * @param multiplier  the true effects' multiplier this month (1: none)
     */
    public Next advance(YearMonth month, Rows.Usage last, Rows.Payment lastPayment, double baseHazard, double multiplier) {
        SplittableRandom rng = new SplittableRandom(StaffCalls.mix(seed ^ month.hashCode() * 0x5DEECE66DL,
                Long.parseLong(last.msisdn())));
        double hazardWith = baseHazard * multiplier;
        // One uniform decides, so with and without the effect share their luck: the effect only
        // ever saves someone who would otherwise have left.
        boolean leaves = rng.nextDouble() < hazardWith;
        int days = month.lengthOfMonth();
        LocalDate cancelledOn = leaves ? month.atDay(1 + rng.nextInt(days)) : null;
        double fraction = leaves ? cancelledOn.getDayOfMonth() / (double) days : 1.0;
        Rows.Usage usage = usage(rng, month, last, fraction);
        Rows.Payment payment = payment(rng, month, last.msisdn(), usage.spendFen(), lastPayment, leaves);
        return new Next(usage, payment, cancelledOn, baseHazard, hazardWith);
    }

    private static Rows.Usage usage(SplittableRandom rng, YearMonth month, Rows.Usage u, double fraction) {
        double spend = noise(rng, 0.08) * fraction;
        double voice = noise(rng, 0.15) * fraction;
        double data = noise(rng, 0.20) * fraction;
        double texts = noise(rng, 0.20) * fraction;
        double contacts = noise(rng, 0.06);
        int distinct = (int) Math.round(u.distinctContacts() * contacts);
        return new Rows.Usage(u.msisdn(), month, Math.round(u.spendFen() * spend), scale(u.localMinutes(), voice),
                scale(u.longDistanceMinutes(), voice), scale(u.roamingMinutes(), voice), scale(u.sms(), texts),
                scale(u.dataMb(), data), Math.min(Math.round(u.spendFen() * spend), Math.round(u.vasSpendFen() * fraction)),
                scale(u.competitorCalls(), voice), scale(u.competitorForwards(), fraction), distinct,
                Math.min(distinct, (int) Math.round(u.competitorContacts() * contacts)));
    }

    private static Rows.Payment payment(SplittableRandom rng, YearMonth month, String msisdn, long billed, Rows.Payment last,
                                        boolean leaves) {
        long owed = last == null ? 0 : last.arrearsFen();
        int overdue = last == null ? 0 : last.daysOverdue();
        double pays = owed == 0 ? PAYS_WHEN_CURRENT : PAYS_WHEN_BEHIND;
        if (leaves && rng.nextDouble() < LEAVER_UNPAID) {
            pays = 0;
        }
        if (rng.nextDouble() < pays) {
            LocalDate paidOn = month.atDay(1 + rng.nextInt(month.lengthOfMonth()));
            return new Rows.Payment(msisdn, month, billed, owed + billed, paidOn, 0, 0);
        }
        // Unpaid: the oldest unpaid charge ages by this month's days once there was one before.
        int daysOverdue = owed == 0 ? 0 : overdue + month.lengthOfMonth();
        return new Rows.Payment(msisdn, month, billed, 0, null, owed + billed, daysOverdue);
    }

    private static double noise(SplittableRandom rng, double sd) {
        return Math.max(0.2, 1 + sd * rng.nextGaussian());
    }

    private static int scale(int value, double factor) {
        return (int) Math.round(value * factor);
    }
}
