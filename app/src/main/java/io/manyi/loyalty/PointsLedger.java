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
 * The append-only points ledger. Each account row ({@code points_accounts}) holds the account's
 * balance, changed in the same transaction as every entry appended: a debit is one conditional
 * UPDATE ({@code balance >= points}) that also takes the account's row lock, so two debits of
 * one account run one after the other and the balance never goes below zero (a CHECK in the
 * database says so too). The entries remain the truth: their sum equals the stored balance.
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
     * first use, and returns its balance. 404 when there is no such subscriber.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long lock(String msisdn) {
        Optional<Long> balance = lockExisting(msisdn);
        if (balance.isPresent()) {
            return balance.get();
        }
        int opened = jdbc.sql("""
                        insert into points_accounts (msisdn, opened_at)
                        select ?, ? where exists (select 1 from subscribers where msisdn = ?)
                        on conflict do nothing
                        """).params(msisdn, Timestamp.from(clock.instant()), msisdn).update();
        balance = lockExisting(msisdn);
        if (balance.isEmpty() && opened == 0) {
            throw PointsRefused.noSubscriber(msisdn);
        }
        return balance.orElse(0L);
    }

    private Optional<Long> lockExisting(String msisdn) {
        return jdbc.sql("select balance from points_accounts where msisdn = ? for update")
                .param(msisdn).query(Long.class).optional();
    }

    /** The account's balance (0 for a subscriber without an account). */
    public long balance(String msisdn) {
        return jdbc.sql("select balance from points_accounts where msisdn = ?")
                .param(msisdn).query(Long.class).optional().orElse(0L);
    }

    /** The balance as the sum of the account's entries: what the stored balance must always equal. */
    public long derivedBalance(String msisdn) {
        return jdbc.sql("select coalesce(sum(points), 0) from points_entries where msisdn = ?")
                .param(msisdn).query(Long.class).single();
    }

    /**
     * Takes {@code points} (positive) from the balance unless that takes it below zero, locking
     * the account until the transaction ends; returns the new balance. 409 when it does not
     * suffice, 404 for an unknown subscriber. The caller appends the entry with {@link #insert}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long take(String msisdn, long points) {
        Optional<Long> after = jdbc.sql("""
                        update points_accounts set balance = balance - ? where msisdn = ? and balance >= ?
                        returning balance
                        """).params(points, msisdn, points).query(Long.class).optional();
        if (after.isPresent()) {
            return after.get();
        }
        long balance = lock(msisdn); // no account yet (opened now) or not enough: the lock is ours either way
        throw PointsRefused.insufficient(msisdn, balance, points);
    }

    /** Debits {@code points} (positive) unless that takes the balance below zero; returns the entry's id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long debit(NewEntry entry) {
        take(entry.msisdn(), -entry.points());
        return insert(entry).orElseThrow(() -> new IllegalStateException("entry " + entry.idempotencyKey() + " exists"));
    }

    /**
     * Appends an entry and adds its points to the balance; empty (and nothing changed) when an
     * entry with its idempotency key is already there. The account must exist (any writer has
     * locked or opened it first).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> append(NewEntry e) {
        Optional<Long> id = insert(e);
        if (id.isPresent() && e.points() != 0) {
            int changed = jdbc.sql("update points_accounts set balance = balance + ? where msisdn = ?")
                    .params(e.points(), e.msisdn()).update();
            if (changed != 1) {
                throw new IllegalStateException("no points account " + e.msisdn());
            }
        }
        return id;
    }

    /**
     * Inserts an entry without touching the balance: only for a caller that has already changed
     * the balance by its points in the same transaction ({@link #take}). Empty when the key exists.
     */
    Optional<Long> insert(NewEntry e) {
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
