package io.manyi.simulation;

import io.manyi.moments.ActionKind;
import io.manyi.moments.Outcome;
import java.util.SplittableRandom;

/**
 * The simulated phone manager's call on one task: the outcome of the first attempt and, when the
 * subscriber asked to be called back, of the second. Deterministic: the draw depends only on
 * (seed, task id), so a re-run or another order of work gives the same outcomes.
 */
public final class StaffCalls {

    /** What came of the task: {@code second} is null unless {@code first} is CALL_BACK_LATER. */
    public record Call(Outcome first, Outcome second) {

        /** The outcome that closes the task. */
        public Outcome last() {
            return second == null ? first : second;
        }
    }

    private final CallOdds odds;
    private final long seed;

    public StaffCalls(CallOdds odds, long seed) {
        this.odds = odds;
        this.seed = seed;
    }

    public Call call(long taskId, ActionKind action) {
        SplittableRandom rng = new SplittableRandom(mix(seed, taskId));
        double u = rng.nextDouble();
        if (u < odds.reach()) {
            return new Call(conversation(rng, action), null);
        }
        if (u < odds.reach() + odds.wrongNumber()) {
            return new Call(Outcome.WRONG_NUMBER, null);
        }
        if (u < odds.reach() + odds.wrongNumber() + odds.callBackLater()) {
            Outcome second = rng.nextDouble() < odds.reachOnCallBack() ? conversation(rng, action) : Outcome.NOT_REACHED;
            return new Call(Outcome.CALL_BACK_LATER, second);
        }
        return new Call(Outcome.NOT_REACHED, null);
    }

    private Outcome conversation(SplittableRandom rng, ActionKind action) {
        double u = rng.nextDouble();
        if (u < odds.accept().get(action)) {
            return Outcome.REACHED_ACCEPTED;
        }
        if (odds.isOffer(action)) {
            return Outcome.REACHED_REFUSED;
        }
        return u < odds.accept().get(action) + odds.refuseCare() ? Outcome.REACHED_REFUSED : Outcome.REACHED;
    }

    /** SplitMix64's finaliser: a well-mixed stream seed from (seed, index). */
    static long mix(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
