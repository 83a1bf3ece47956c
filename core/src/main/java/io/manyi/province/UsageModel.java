package io.manyi.province;

import java.util.SplittableRandom;

/**
 * A month of usage from a subscriber's habits, the season, and the latent state. Someone
 * considering leaving spends less, calls fewer people, talks more with people on other
 * networks and forwards calls to their new competitor SIM; a competitor's offer alone moves
 * the calling circle too. Everyone's numbers wobble month to month, so no single signal is
 * proof.
 */
final class UsageModel {

    private UsageModel() {
    }

    /**
     * @param fraction share of the month the subscriber was on the network (activation or cancellation mid-month)
     */
    static Rows.Usage month(SplittableRandom rng, SubscriberProfile p, LatentState s, Window.Month m,
                            double fraction, long vasFen) {
        int k = s.considering ? s.consideringMonths : 0;
        double sf = m.springFestival();
        double activity = fraction * (s.suspended ? 0.15 : 1.0);

        double voice = p.voiceMinutes * Math.sqrt(s.spendLevel) * Draw.logNormal(rng, 1, 0.2) * activity
                * (k > 0 ? Math.max(0.55, 1 - 0.1 * k) : 1);
        double localShare = Math.max(0.05, 1 - p.longDistanceShare - p.roamingShare);
        int local = (int) Math.round(voice * localShare * (1 - 0.25 * sf));
        int longDistance = (int) Math.round(voice * p.longDistanceShare * (1 + 0.3 * sf));
        double roamingSeason = 1 + (p.migrant ? 2.0 : 0.6) * sf + 0.25 * m.nationalDay()
                + (p.brand == BrandProfile.MZONE ? 0.4 * m.summer() : 0);
        int roaming = (int) Math.round(voice * p.roamingShare * roamingSeason * Draw.logNormal(rng, 1, 0.3));
        int sms = (int) Math.round(p.sms * (1 + 0.6 * sf) * Draw.logNormal(rng, 1, 0.3) * activity);
        int dataMb = (int) Math.round(p.dataMb * m.dataGrowth() * Draw.logNormal(rng, 1, 0.25) * activity);

        double share = Math.min(0.9, p.competitorShare + 0.18 * s.exposure + (k > 0 ? Math.min(0.25, 0.05 * k) : 0));
        double circle = k > 0 ? Math.max(0.5, 1 - 0.09 * k) : 1;
        int contacts = (int) Math.round(p.contacts * circle * (1 + 0.12 * sf) * Draw.logNormal(rng, 1, 0.08)
                * Math.sqrt(activity));
        if (contacts == 0 && local + longDistance + roaming > 0) {
            contacts = 1;
        }
        int competitorContacts = (int) Math.min(contacts, Math.round(contacts * share * Draw.logNormal(rng, 1, 0.1)));
        double calls = (local + longDistance + roaming) / 2.3;
        int competitorCalls = (int) Math.round(calls * share * Draw.logNormal(rng, 1, 0.15));
        int forwards = 0;
        if (k > 0 && s.forwarder) {
            forwards = Draw.poisson(rng, 1 + 2.5 * k);
        } else if (p.habitualForwarder) {
            forwards = Draw.poisson(rng, 1.2);
        } else if (s.exposure > 0.5 && Draw.chance(rng, 0.03)) {
            forwards = Draw.poisson(rng, 1.0);
        }

        long feeFen = Math.round(p.plan.monthlyFeeFen() * fraction);
        double cut = k > 0 && s.cutsSpend ? Math.max(0.45, 1 - 0.13 * k) : 1;
        long spend = Math.round(p.arpuYuan * 100 * s.spendLevel * cut * (1 + 0.06 * sf)
                * Draw.logNormal(rng, 1, 0.12) * activity);
        spend = Math.max(spend, s.suspended ? feeFen / 2 : feeFen);
        spend = Math.max(spend, vasFen + feeFen / 2);
        return new Rows.Usage(p.msisdn, m.month(), spend, local, longDistance, roaming, sms, dataMb, vasFen,
                competitorCalls, forwards, contacts, competitorContacts);
    }
}
