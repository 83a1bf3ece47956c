package io.manyi.simulation;

import io.manyi.moments.ActionKind;
import io.manyi.moments.Outcome;
import java.time.YearMonth;
import java.util.Collection;

/**
 * The true effects of the phone managers' calls on the synthetic province's hidden churn hazard
 * (docs/synthetic-province.md, "True effects of actions"). A recorded outcome multiplies the
 * subscriber's monthly hazard by {@link Effect#multiplier()} in the month of the call and the
 * {@link Effect#months()} - 1 months after it. Several effects running at once do not compound:
 * the strongest (smallest multiplier) holds, so no one is made immortal by many calls.
 * <p>
 * The numbers are deliberately modest: an accepted retention offer halves the hazard for three
 * months, a plain care call that reached the subscriber takes 15% off for two, a call that did
 * not reach anyone changes nothing. Only the simulation reads them; the product must estimate
 * them from its control groups.
 */
public final class TrueEffects {

    /** A multiplier on the monthly hazard, running for a number of months starting with the call's month. */
    public record Effect(double multiplier, int months) {

        public static final Effect NONE = new Effect(1.0, 0);

        public Effect {
            if (multiplier <= 0 || multiplier > 1) {
                throw new IllegalArgumentException("an effect multiplies the hazard by (0, 1], was " + multiplier);
            }
            if (months < 0) {
                throw new IllegalArgumentException("months must not be negative, was " + months);
            }
        }

        public boolean covers(YearMonth callMonth, YearMonth month) {
            return !month.isBefore(callMonth) && month.isBefore(callMonth.plusMonths(months));
        }
    }

    /** An outcome recorded in a month, with the action its task was about. */
    public record Recorded(YearMonth month, Outcome outcome, ActionKind action) {

        public Effect effect() {
            return of(outcome, action);
        }
    }

    private TrueEffects() {
    }

    /**
     * The effect of a call's outcome for an action kind. An accepted offer acts for three months,
     * a conversation without an offer taken for two; no conversation, no effect.
     */
    public static Effect of(Outcome outcome, ActionKind action) {
        return switch (outcome) {
            case NOT_REACHED, WRONG_NUMBER, CALL_BACK_LATER -> Effect.NONE;
            case REACHED_ACCEPTED -> new Effect(switch (action) {
                case RETENTION -> 0.5;
                case OFFER, PLAN_CHANGE -> 0.6;
                case CALLBACK -> 0.7;
                case EXPLANATION -> 0.75;
                case CARE_CALL -> 0.8;
            }, 3);
            case REACHED -> new Effect(switch (action) {
                case CALLBACK -> 0.7;
                case RETENTION, EXPLANATION -> 0.8;
                case CARE_CALL -> 0.85;
                case OFFER, PLAN_CHANGE -> 0.9;
            }, 2);
            case REACHED_REFUSED -> new Effect(switch (action) {
                case CALLBACK -> 0.85;
                case RETENTION, CARE_CALL, EXPLANATION -> 0.9;
                case OFFER, PLAN_CHANGE -> 1.0;
            }, 2);
        };
    }

    /** The multiplier on the hazard in {@code month}: the strongest of the effects running then, 1 when none. */
    public static double multiplierIn(YearMonth month, Collection<Recorded> recorded) {
        double multiplier = 1.0;
        for (Recorded r : recorded) {
            Effect effect = r.effect();
            if (effect.covers(r.month(), month)) {
                multiplier = Math.min(multiplier, effect.multiplier());
            }
        }
        return multiplier;
    }
}
