package io.manyi.simulation;

import io.manyi.moments.ActionKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the simulated phone managers' calls go (docs/synthetic-province.md, "Simulated staff"): the
 * chance a first attempt reaches the subscriber, gets a wrong number, or is asked to call back
 * later (then one more attempt follows); once reached, the chance the subscriber accepts what the
 * action offers, by action kind, and otherwise refuses (offers) or simply talks (care calls).
 */
public record CallOdds(double reach, double wrongNumber, double callBackLater, double reachOnCallBack,
                       Map<ActionKind, Double> accept, double refuseCare) {

    public CallOdds {
        if (reach < 0 || wrongNumber < 0 || callBackLater < 0 || reach + wrongNumber + callBackLater > 1) {
            throw new IllegalArgumentException("reach, wrong number and call back later must be shares adding up to at most 1");
        }
        accept = Map.copyOf(accept);
        for (ActionKind kind : ActionKind.values()) {
            double p = accept.getOrDefault(kind, -1.0);
            if (p < 0 || p > 1) {
                throw new IllegalArgumentException("accept needs a probability for " + kind);
            }
        }
    }

    /** 62% reached on the first attempt, 2% wrong numbers, 12% call back later (70% reached then). */
    public static CallOdds standard() {
        Map<ActionKind, Double> accept = new EnumMap<>(ActionKind.class);
        accept.put(ActionKind.RETENTION, 0.35);
        accept.put(ActionKind.OFFER, 0.30);
        accept.put(ActionKind.PLAN_CHANGE, 0.40);
        accept.put(ActionKind.CARE_CALL, 0.15);
        accept.put(ActionKind.EXPLANATION, 0.20);
        accept.put(ActionKind.CALLBACK, 0.20);
        return new CallOdds(0.62, 0.02, 0.12, 0.70, accept, 0.10);
    }

    /** The same odds with another first-attempt reach rate (wrong numbers and call-backs unchanged). */
    public CallOdds withReach(double newReach) {
        return new CallOdds(newReach, wrongNumber, callBackLater, reachOnCallBack, accept, refuseCare);
    }

    boolean isOffer(ActionKind kind) {
        return kind == ActionKind.OFFER || kind == ActionKind.RETENTION || kind == ActionKind.PLAN_CHANGE;
    }
}
