package io.manyi.loyalty;

import io.manyi.platform.settings.Settings;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only points ledger. Every writer first {@link #lock locks the account} in its
 * transaction, then reads the balance and appends: two debits of one account therefore run one
 * after the other, and the balance (the sum of the entries) never goes below zero.
 */
@Component
public class PointsLedger {

    private final JdbcClient jdbc;
    private final Settings settings;
    private final Clock clock;

    public PointsLedger(JdbcClient jdbc, Settings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    public LoyaltyRules rules() {
        return settings.get(LoyaltyRules.SETTING, LoyaltyRules.class, LoyaltyRules::defaults);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Locks the subscriber's account row until the transaction ends, opening the account on
     * first use. 404 when there is no such subscriber.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(String msisdn) {
        if (lockExisting(msisdn)) {
            return;
        }
        int opened = jdbc.sql("""
                        insert into points_accounts (msisdn, opened_at)
                        select ?, ? where exists (select 1 from subscribers where msisdn = ?)
                        on conflict do nothing
                        """).params(msisdn, Timestamp.from(clock.instant()), msisdn).update();
        if (!lockExisting(msisdn) && opened == 0) {
            throw PointsRefused.noSubscriber(msisdn);
        }
    }

    private boolean lockExisting(String msisdn) {
        return jdbc.sql("select msisdn from points_accounts where msisdn = ? for update")
                .param(msisdn).query(String.class).optional().isPresent();
    }

    public long balance(String msisdn) {
        return jdbc.sql("select coalesce(sum(points), 0) from points_entries where msisdn = ?")
                .param(msisdn).query(Long.class).single();
    }

    /** Debits {@code points} (positive) unless that takes the balance below zero. Call with the account locked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long debit(NewEntry entry) {
        long wanted = -entry.points();
        long balance = balance(entry.msisdn());
        if (balance < wanted) {
            throw PointsRefused.insufficient(entry.msisdn(), balance, wanted);
        }
        return append(entry).orElseThrow(() -> new IllegalStateException("entry " + entry.idempotencyKey() + " exists"));
    }

    /** Appends an entry; empty when one with its idempotency key is already there. */
    public Optional<Long> append(NewEntry e) {
        return jdbc.sql("""
                        insert into points_entries (msisdn, type, points, effective_on, expires_on, reverses, reference,
                                                    reason, idempotency_key, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (idempotency_key) do nothing
                        returning id
                        """)
                .params(e.msisdn(), e.type().name(), e.points(), Date.valueOf(e.effectiveOn()),
                        e.expiresOn() == null ? null : Date.valueOf(e.expiresOn()), e.reverses(), e.reference(),
                        e.reason(), e.idempotencyKey(), e.createdBy(), Timestamp.from(clock.instant()))
                .query(Long.class).optional();
    }

    /** The expiry date for points credited today (adjustments, transfers in, releases): as if earned now. */
    public LocalDate expiryForCreditToday() {
        return PointsCycle.of(today()).expiryOfPointsEarned(rules());
    }

    /** The newest entries first. */
    public List<LedgerEntry> entries(String msisdn, int limit) {
        return jdbc.sql("""
                        select id, type, points, effective_on, expires_on, reverses, reference, reason, created_by, created_at
                        from points_entries where msisdn = ? order by id desc limit ?
                        """).params(msisdn, limit).query(LedgerEntry.class).list();
    }

    /** Every entry in the rules' shape, oldest first, for FIFO and statements. */
    public List<Entry> ruleEntries(String msisdn) {
        return jdbc.sql("select type, points, expires_on from points_entries where msisdn = ? order by id")
                .param(msisdn)
                .query((rs, n) -> new Entry(EntryType.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()))
                .list();
    }
}
