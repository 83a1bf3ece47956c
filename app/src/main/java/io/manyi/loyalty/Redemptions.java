package io.manyi.loyalty;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Redeeming catalog items for points. Runs in the caller's transaction (the API's idempotent
 * one), with the account locked: eligibility, balance, per-subscriber limit and stock are
 * checked, and the stock taken, before the entry is written; any refusal rolls all of it back.
 *
 * <p>An item without stock or per-subscriber limit (most of them) is redeemed in one statement
 * ({@link #inOneStatement}): the conditional debit, which locks the account, with the item's
 * row and the eligibility checked in its WHERE, and the entry and redemption inserted from its
 * result. When that statement changes nothing (a refusal, or an item changed since it was
 * remembered) the step-by-step path below runs and gives the precise answer.
 */
@Component
public class Redemptions {

    private final JdbcClient jdbc;
    private final PointsLedger ledger;
    private final PointsCatalog catalog;
    private final LoyaltyAccounts accounts;
    private final Clock clock;

    public Redemptions(JdbcClient jdbc, PointsLedger ledger, PointsCatalog catalog, LoyaltyAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.catalog = catalog;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** {@code entryKey} is the ledger entry's idempotency key (from the request's Idempotency-Key). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Redemption redeem(String msisdn, String itemCode, int quantity, String entryKey, String actor) {
        if (quantity < 1 || quantity > 100) {
            throw new PointsRefused(422, "bad-quantity", "quantity must be 1..100");
        }
        Optional<CatalogItem> remembered = catalog.remembered(itemCode);
        if (remembered.isPresent() && remembered.get().stock() == null && remembered.get().limitPerSubscriber() == null) {
            Optional<Redemption> done = inOneStatement(msisdn, remembered.get(), quantity, entryKey, actor);
            if (done.isPresent()) {
                return done.get();
            }
        }
        CatalogItem item = catalog.item(itemCode)
                .orElseThrow(() -> new PointsRefused(404, "unknown-item", "no catalog item " + itemCode));
        LocalDate today = ledger.today();
        if (!item.validOn(today)) {
            throw new PointsRefused(409, "item-not-valid", "item " + itemCode + " is not offered today");
        }
        // Only the accrual adds qualifying points, so eligibility needs no lock: checked before
        // taking it, which keeps the serialised part of a redemption short.
        LoyaltyRules rules = ledger.rules();
        long[] qualifying = accounts.qualifying(msisdn, PointsCycle.of(today));
        if (!Eligibility.eligible(qualifying[0], qualifying[1], rules)) {
            if (!accounts.subscriberExists(msisdn)) {
                throw PointsRefused.noSubscriber(msisdn);
            }
            throw new PointsRefused(409, "not-eligible", "qualifying points " + Math.max(qualifying[0], qualifying[1])
                    + " below the threshold " + rules.eligibilityThreshold());
        }
        long points = Math.multiplyExact(item.costPoints(), quantity);
        // One conditional UPDATE checks the balance, takes the points and locks the account.
        long balance = ledger.take(msisdn, points); // after the redemption
        if (item.limitPerSubscriber() != null) {
            int taken = jdbc.sql("select coalesce(sum(quantity), 0) from points_redemptions where msisdn = ? and item = ?")
                    .params(msisdn, itemCode).query(Integer.class).single();
            if (taken + quantity > item.limitPerSubscriber()) {
                throw new PointsRefused(409, "limit-reached", "limit of " + item.limitPerSubscriber() + " per subscriber");
            }
        }
        if (item.stock() != null && !catalog.takeStock(itemCode, quantity)) {
            throw new PointsRefused(409, "out-of-stock", "not enough " + itemCode + " left");
        }
        Timestamp now = Timestamp.from(clock.instant());
        // The entry (its points already taken from the balance above) and the redemption, in one statement.
        record Written(long id, long entryId) {
        }
        Written written = jdbc.sql("""
                        with e as (
                            insert into points_entries (msisdn, type, points, effective_on, reference, reason,
                                                        idempotency_key, created_by, created_at)
                            values (?, 'REDEMPTION', ?, ?, ?, ?, ?, ?, ?)
                            on conflict (idempotency_key) do nothing
                            returning id)
                        insert into points_redemptions (msisdn, item, quantity, points, entry_id, created_at)
                        select ?, ?, ?, ?, e.id, ? from e
                        returning id, entry_id
                        """)
                .params(msisdn, -points, Date.valueOf(today), itemCode, quantity + " x " + itemCode, entryKey, actor, now,
                        msisdn, itemCode, quantity, points, now)
                .query(Written.class).optional()
                .orElseThrow(() -> new IllegalStateException("entry " + entryKey + " exists"));
        return new Redemption(written.id(), msisdn, itemCode, quantity, points, balance, written.entryId());
    }

    /**
     * The whole redemption of an unlimited item in one round trip; empty when it changed nothing
     * (not eligible, not enough points, no account, or the item is no longer as remembered: its
     * cost, validity, stock and limit are checked against its row in the same statement).
     */
    private Optional<Redemption> inOneStatement(String msisdn, CatalogItem item, int quantity, String entryKey,
                                                String actor) {
        LocalDate today = ledger.today();
        PointsCycle cycle = PointsCycle.of(today);
        long points = Math.multiplyExact(item.costPoints(), quantity);
        Timestamp now = Timestamp.from(clock.instant());
        record Done(Long balance, Long id, Long entryId) {
        }
        Done done = jdbc.sql("""
                        with account as (
                            update points_accounts set balance = balance - :points
                            where msisdn = :msisdn and balance >= :points
                              and exists (select 1 from points_catalog c
                                          where c.code = :item and c.cost_points = :cost
                                            and c.stock is null and c.limit_per_subscriber is null
                                            and (c.valid_from is null or c.valid_from <= :today)
                                            and (c.valid_to is null or c.valid_to >= :today))
                              and %s
                            returning balance),
                        entry as (
                            insert into points_entries (msisdn, type, points, effective_on, reference, reason,
                                                        idempotency_key, created_by, created_at)
                            select :msisdn, 'REDEMPTION', -:points, cast(:today as date), :item, :reason, :entryKey, :actor,
                                   cast(:now as timestamptz)
                            from account
                            on conflict (idempotency_key) do nothing
                            returning id),
                        redemption as (
                            insert into points_redemptions (msisdn, item, quantity, points, entry_id, created_at)
                            select :msisdn, :item, :quantity, :points, entry.id, cast(:now as timestamptz) from entry
                            returning id, entry_id)
                        select (select balance from account) as balance, (select id from redemption) as id,
                               (select entry_id from redemption) as entry_id
                        """.formatted(LoyaltyAccounts.ELIGIBLE))
                .params(LoyaltyAccounts.eligibleParams(msisdn, cycle, ledger.rules()))
                .param("points", points)
                .param("item", item.code())
                .param("cost", item.costPoints())
                .param("today", Date.valueOf(today))
                .param("reason", quantity + " x " + item.code())
                .param("entryKey", entryKey)
                .param("actor", actor)
                .param("now", now)
                .param("quantity", quantity)
                .query(Done.class).single();
        if (done.balance() == null) {
            return Optional.empty(); // nothing changed: the step-by-step path says why
        }
        if (done.id() == null) {
            throw new IllegalStateException("entry " + entryKey + " exists"); // rolls the debit back
        }
        return Optional.of(new Redemption(done.id(), msisdn, item.code(), quantity, points, done.balance(), done.entryId()));
    }
}
