package io.manyi.loyalty;

import java.time.LocalDate;

/**
 * One subscriber's points: the balance (sum of entries), the points due to expire next and when,
 * whether redemption is open, the qualifying points of this and the previous cycle, and this
 * cycle's statement.
 */
public record AccountView(String msisdn, long balance, long expiringPoints, LocalDate expiringOn, boolean eligible,
                          int cycle, long qualifyingThisCycle, long qualifyingPreviousCycle, Statement statement) {
}
