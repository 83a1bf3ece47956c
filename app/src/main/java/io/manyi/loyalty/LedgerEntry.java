package io.manyi.loyalty;

import java.time.Instant;
import java.time.LocalDate;

/** A ledger entry as the API and pages show it. */
public record LedgerEntry(long id, String type, long points, LocalDate effectiveOn, LocalDate expiresOn,
                          Long reverses, String reference, String reason, String createdBy, Instant createdAt) {
}
