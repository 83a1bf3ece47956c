package io.manyi.province;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The end of each group customer's contract with the operator (集团协议到期): class A and B groups
 * always have one, a fifth of the small C firms have none. The end falls evenly within the two years
 * after the province's "as of" day, so a month of the demo always has some groups up for renewal.
 * Drawn from a stream of its own per group, so the other columns and rows stay exactly as before.
 */
final class GroupContracts {

    private static final long STREAM = 0x47434F4E54524143L; // "GCONTRAC"
    private static final int SPAN_DAYS = 730;

    private final long seed;
    private final LocalDate asOf;

    GroupContracts(long seed, LocalDate asOf) {
        this.seed = seed;
        this.asOf = asOf;
    }

    Rows.Group withContract(Rows.Group group) {
        SplittableRandom rng = new SplittableRandom(Draw.mix(seed ^ STREAM, group.groupId().hashCode()));
        if (group.groupClass() == 'C' && Draw.chance(rng, 0.2)) {
            return group;
        }
        LocalDate end = asOf.plusDays(1 + rng.nextInt(SPAN_DAYS));
        return new Rows.Group(group.groupId(), group.name(), group.groupClass(), group.city(), group.industry(),
                group.accountManager(), end);
    }
}
