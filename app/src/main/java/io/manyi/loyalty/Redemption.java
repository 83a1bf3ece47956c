package io.manyi.loyalty;

/** A done redemption: what was taken, for how many points, and the balance after it. */
public record Redemption(long id, String msisdn, String item, int quantity, long points, long balance, long entryId) {
}
