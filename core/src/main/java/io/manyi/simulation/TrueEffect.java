package io.manyi.simulation;

import java.time.YearMonth;
import java.util.Collection;

/**
 * The generator's true effect on one campaign member, in the terms a campaign's uplift estimates
 * (intention to treat, retention over the follow-up): the probability of leaving between
 * {@code from} and {@code to} without the effects, minus the same with the effects of the outcomes
 * recorded for the member. A member never reached contributes 0. With the forward run's hazard
 * constant from month to month (the generator's last month), both probabilities are exact given
 * the recorded outcomes: 1 - prod(1 - h) against 1 - prod(1 - h x multiplier).
 */
public final class TrueEffect {

    private TrueEffect() {
    }

    public static double retentionGain(double baseHazard, Collection<TrueEffects.Recorded> recorded, YearMonth from,
                                       YearMonth to) {
        double stayWithout = 1;
        double stayWith = 1;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            stayWithout *= 1 - baseHazard;
            stayWith *= 1 - baseHazard * TrueEffects.multiplierIn(m, recorded);
        }
        return stayWith - stayWithout;
    }
}
