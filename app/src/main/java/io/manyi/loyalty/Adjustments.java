package io.manyi.loyalty;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual corrections by an administrator: a credit or a debit with a reason, never below zero;
 * and reversals of a given entry.
 */
@Component
public class Adjustments {

    private final PointsLedger ledger;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    public Adjustments(PointsLedger ledger, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    public record Adjusted(long entryId, String msisdn, long points, long balance) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Adjusted adjust(String msisdn, long points, String reason, String entryKey, String actor) {
        if (points == 0 || reason == null || reason.isBlank() || reason.length() > 500) {
            throw new PointsRefused(422, "bad-adjustment", "points must not be 0 and a reason (up to 500 characters) is needed");
        }
        long balance = ledger.lock(msisdn);
        NewEntry entry = new NewEntry(msisdn, EntryType.ADJUSTMENT, points, ledger.today(),
                points > 0 ? ledger.expiryForCreditToday() : null, null, null, reason.strip(), entryKey, actor);
        long id = points < 0 ? ledger.debit(entry)
                : ledger.append(entry).orElseThrow(() -> new IllegalStateException("entry " + entryKey + " exists"));
        return new Adjusted(id, msisdn, points, balance + points);
    }

    /** Writes the opposite of entry {@code entryId}; refused when that would take the balance below zero. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Adjusted reverse(long entryId, String reason, String actor) {
        record Original(String msisdn, long points, String type) {
        }
        Original original = jdbc.sql("select msisdn, points, type from points_entries where id = ?").param(entryId)
                .query(Original.class).optional()
                .orElseThrow(() -> new PointsRefused(404, "unknown-entry", "no entry " + entryId));
        long balance = ledger.lock(original.msisdn());
        NewEntry entry = new NewEntry(original.msisdn(), EntryType.REVERSAL, -original.points(), ledger.today(),
                original.points() < 0 ? ledger.expiryForCreditToday() : null, entryId, original.type(), reason,
                "reversal:" + entryId, actor);
        long id = -original.points() < 0 ? ledger.debit(entry)
                : ledger.append(entry).orElseThrow(() -> new PointsRefused(409, "already-reversed", "entry " + entryId + " was reversed"));
        return new Adjusted(id, original.msisdn(), -original.points(), balance - original.points());
    }
}
