package io.manyi.simulation;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The generator's true uplift of a campaign, the same quantity the product's uplift estimates:
 * retention of the treated arm minus retention of the control arm (intention to treat, every member
 * counted whether reached or not) over the follow-up, as far as the recorded outcomes cause it.
 * Each member's share is {@link TrueEffect#retentionGain}: from the month they joined (or the first
 * simulated month) to the end of the follow-up. The control arm's own gain is subtracted because
 * control members are held back from the campaign only: they may still be called about other
 * moments, which helps them too. When the control arm gets no calls, this is the mean gain of the
 * treated members.
 */
public final class CampaignTruth {

    /** A subscriber as the truth knows them over the simulated months. */
    public record Simulated(double baseHazard, YearMonth firstMonth, List<TrueEffects.Recorded> recorded) {
    }

    /** A campaign member: the arm and the month they joined. */
    public record Member(String msisdn, boolean treated, YearMonth joined) {
    }

    /** The true uplift and the mean gains of the two arms; members the simulation never saw count 0. */
    public record Truth(double uplift, double treatedGain, double controlGain, int treated, int control) {
    }

    private CampaignTruth() {
    }

    public static Truth of(Collection<Member> members, Map<String, Simulated> simulated, YearMonth followUpEnd) {
        double treatedSum = 0;
        double controlSum = 0;
        int treated = 0;
        int control = 0;
        for (Member m : members) {
            Simulated s = simulated.get(m.msisdn());
            double gain = 0;
            if (s != null) {
                YearMonth from = m.joined().isAfter(s.firstMonth()) ? m.joined() : s.firstMonth();
                gain = TrueEffect.retentionGain(s.baseHazard(), s.recorded(), from, followUpEnd);
            }
            if (m.treated()) {
                treatedSum += gain;
                treated++;
            } else {
                controlSum += gain;
                control++;
            }
        }
        double treatedGain = treated == 0 ? 0 : treatedSum / treated;
        double controlGain = control == 0 ? 0 : controlSum / control;
        return new Truth(treatedGain - controlGain, treatedGain, controlGain, treated, control);
    }
}
