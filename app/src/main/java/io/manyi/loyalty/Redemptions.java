package io.manyi.loyalty;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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

    /** The redemption's row, written in the statement of its ledger entry (the ledger's {@code entry}). */
    private static final String REDEMPTION_ROW = """
            insert into points_redemptions (msisdn, item, quantity, points, entry_id, created_at)
            select :msisdn, :item, :quantity, :points, entry.id, entry.created_at from entry
            returning id""";

    private final JdbcClient jdbc;
    private final PointsLedger ledger;
    private final PointsCatalog catalog;
    private final LoyaltyAccounts accounts;

    public Redemptions(JdbcClient jdbc, PointsLedger ledger, PointsCatalog catalog, LoyaltyAccounts accounts) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.catalog = catalog;
        this.accounts = accounts;
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
        // The entry (its points already taken from the balance above) and the redemption, in one statement.
        PointsLedger.Written written = ledger.insertTaken(entry(msisdn, points, today, itemCode, quantity, entryKey, actor),
                REDEMPTION_ROW, Map.of("msisdn", msisdn, "item", itemCode, "quantity", quantity, "points", points));
        return new Redemption(written.followUpId(), msisdn, itemCode, quantity, points, balance, written.entryId());
    }

    /**
     * The whole redemption of an unlimited item in one round trip; empty when it changed nothing
     * (not eligible, not enough points, no account, or the item is no longer as remembered: its
     * cost, validity, stock and limit are checked against its row in the same statement).
     */
    Optional<Redemption> inOneStatement(String msisdn, CatalogItem item, int quantity, String entryKey, String actor) {
        LocalDate today = ledger.today();
        long points = Math.multiplyExact(item.costPoints(), quantity);
        Map<String, Object> params = new HashMap<>(LoyaltyAccounts.eligibleParams(msisdn, PointsCycle.of(today), ledger.rules()));
        params.put("item", item.code());
        params.put("cost", item.costPoints());
        params.put("today", Date.valueOf(today));
        params.put("quantity", quantity);
        params.put("points", points);
        return ledger.debitIf(entry(msisdn, points, today, item.code(), quantity, entryKey, actor), """
                                exists (select 1 from points_catalog c
                                        where c.code = :item and c.cost_points = :cost
                                          and c.stock is null and c.limit_per_subscriber is null
                                          and (c.valid_from is null or c.valid_from <= :today)
                                          and (c.valid_to is null or c.valid_to >= :today))
                                and """ + LoyaltyAccounts.ELIGIBLE,
                        REDEMPTION_ROW, params)
                .map(done -> new Redemption(done.followUpId(), msisdn, item.code(), quantity, points, done.balance(),
                        done.entryId()));
    }

    private static NewEntry entry(String msisdn, long points, LocalDate today, String itemCode, int quantity, String entryKey,
                                  String actor) {
        return NewEntry.debit(msisdn, EntryType.REDEMPTION, points, today, itemCode, quantity + " x " + itemCode, entryKey,
                actor);
    }
}
