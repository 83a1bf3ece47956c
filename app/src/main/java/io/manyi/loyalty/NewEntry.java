package io.manyi.loyalty;

import java.time.LocalDate;

/**
 * An entry to append. {@code idempotencyKey} names its cause (e.g. {@code redemption:<api key>},
 * {@code bid-release:42}) so that doing the same thing twice writes it once.
 */
public record NewEntry(String msisdn, EntryType type, long points, LocalDate effectiveOn, LocalDate expiresOn,
                       Long reverses, String reference, String reason, String idempotencyKey, String createdBy) {

    public static NewEntry debit(String msisdn, EntryType type, long points, LocalDate today, String reference,
                                 String reason, String idempotencyKey, String createdBy) {
        return new NewEntry(msisdn, type, -points, today, null, null, reference, reason, idempotencyKey, createdBy);
    }
}
