package io.manyi.campaigns;

import java.util.List;
import java.util.Optional;

/**
 * Learning the probability that acting on a moment type helps, from recorded outcomes
 * (docs/campaigns.md, "Learning"): the measured retention uplift where an experiment has at least
 * {@code minPerArm} members in each arm, else the priority setting's probability. The holdout of
 * the type is asked first (it measures the type itself), then the campaigns' members by the type
 * of the moment that brought them in. A negative uplift means the call does not help: 0.
 */
public final class Learning {

    private Learning() {
    }

    /** One experiment's figures for a moment type: {@code source} HOLDOUT or CAMPAIGNS. */
    public record Evidence(String source, int treated, int control, Double uplift) {
    }

    /** The first evidence, in the order given, with enough members in both arms. */
    public static Optional<Evidence> usable(List<Evidence> evidence, int minPerArm) {
        return evidence.stream()
                .filter(e -> e.uplift() != null && e.treated() >= minPerArm && e.control() >= minPerArm)
                .findFirst();
    }

    /** The probability the action helps, from a measured uplift: the uplift kept within [0, 1]. */
    public static double probability(Evidence e) {
        return Math.clamp(e.uplift(), 0.0, 1.0);
    }
}
