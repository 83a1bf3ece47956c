package io.manyi.loyalty;

import java.time.Instant;

/** A merchant's hold on a subscriber's points: AUTHORISED, then CAPTURED, CANCELLED or EXPIRED. */
public record Authorisation(long id, String merchant, String msisdn, long points, String status,
                            Instant authorisedAt, Instant holdUntil, Instant settledAt) {
}
