package io.manyi.loyalty.web;

import io.manyi.loyalty.AccountListItem;
import io.manyi.loyalty.AccountView;
import io.manyi.loyalty.Adjustments;
import io.manyi.loyalty.CatalogItem;
import io.manyi.loyalty.LedgerEntry;
import io.manyi.loyalty.LoyaltyAccounts;
import io.manyi.loyalty.PointsCatalog;
import io.manyi.loyalty.PointsLedger;
import io.manyi.loyalty.Redemption;
import io.manyi.loyalty.Redemptions;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.BadInput;
import io.manyi.platform.web.InputReason;
import io.manyi.platform.web.Inputs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/loyalty}: accounts, entries, adjustments, catalog and redemptions (docs/loyalty.md). */
@RestController
@RequestMapping("/api/v1/loyalty")
class LoyaltyApi {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final LoyaltyAccounts accounts;
    private final PointsLedger ledger;
    private final PointsCatalog catalog;
    private final Redemptions redemptions;
    private final Adjustments adjustments;
    private final IdempotentWrites writes;
    private final LoyaltyReaders readers;

    LoyaltyApi(LoyaltyAccounts accounts, PointsLedger ledger, PointsCatalog catalog, Redemptions redemptions,
               Adjustments adjustments, IdempotentWrites writes, LoyaltyReaders readers) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.catalog = catalog;
        this.redemptions = redemptions;
        this.adjustments = adjustments;
        this.writes = writes;
        this.readers = readers;
    }

    @GetMapping("/accounts")
    Map<String, Object> accounts(@RequestParam(defaultValue = "false") boolean eligible,
                                 @RequestParam(defaultValue = "50") int limit, Authentication authentication) {
        CurrentUser reader = CurrentUser.of(authentication);
        int bounded = Math.max(1, Math.min(limit, 1000));
        List<AccountListItem> found = accounts.list(eligible, bounded,
                reader.scopedToAssignments() ? reader.username() : null);
        readers.auditedList(reader, "loyalty.account.list", "eligible=" + eligible + " limit=" + bounded,
                found.stream().map(AccountListItem::msisdn).toList());
        List<AccountListItem> items = found.stream()
                .map(item -> new AccountListItem(readers.show(reader, item.msisdn()), item.balance(),
                        item.qualifyingThisCycle(), item.qualifyingPreviousCycle(), item.eligible()))
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("count", items.size());
        body.put("limit", bounded);
        return body;
    }

    @GetMapping("/accounts/{msisdn}")
    AccountView account(@PathVariable String msisdn, Authentication authentication) {
        CurrentUser reader = CurrentUser.of(authentication);
        readers.checkScope(reader, msisdn, "loyalty.account.view");
        AccountView view = accounts.view(msisdn);
        readers.audited(reader, "loyalty.account.view", msisdn, "balance");
        return new AccountView(readers.show(reader, view.msisdn()), view.balance(), view.expiringPoints(),
                view.expiringOn(), view.eligible(), view.cycle(), view.qualifyingThisCycle(),
                view.qualifyingPreviousCycle(), view.statement());
    }

    @GetMapping("/accounts/{msisdn}/entries")
    Map<String, Object> entries(@PathVariable String msisdn, @RequestParam(defaultValue = "10000") int limit,
                                Authentication authentication) {
        CurrentUser reader = CurrentUser.of(authentication);
        readers.checkScope(reader, msisdn, "loyalty.entry.list");
        if (!accounts.subscriberExists(msisdn)) {
            throw io.manyi.loyalty.PointsRefused.noSubscriber(msisdn);
        }
        List<LedgerEntry> entries = ledger.entries(msisdn, Math.max(1, Math.min(limit, 10000)));
        readers.audited(reader, "loyalty.entry.list", msisdn, entries.size() + " entries");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", entries);
        body.put("count", entries.size());
        body.put("balance", ledger.balance(msisdn));
        return body;
    }

    record AdjustmentRequest(Long points, String reason) {
    }

    @PostMapping("/accounts/{msisdn}/adjustments")
    ResponseEntity<String> adjust(@PathVariable String msisdn, @RequestBody String body,
                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                  Authentication authentication) {
        String actor = authentication.getName();
        return writes.create("adjustment", key, msisdn + "\n" + body, ledgerKey -> {
            AdjustmentRequest request = writes.read(body, AdjustmentRequest.class);
            Inputs.requiredText("reason", request.reason(), MAX_REASON);
            return adjustments.adjust(msisdn, points("points", request.points()), request.reason(),
                    ledgerKey, actor);
        });
    }

    /** Longest reason kept with a ledger entry. */
    static final int MAX_REASON = 500;
    /** Largest number of points one request may move: past it, balances could overflow. */
    static final long MAX_POINTS = 100_000_000L;

    /** A required number of points, not 0, within {@link #MAX_POINTS} either way. */
    static long points(String field, Long points) {
        if (points == null) {
            throw BadInput.required(field);
        }
        if (points == 0) {
            throw new BadInput(field, InputReason.INVALID, "0", "must not be 0");
        }
        return Inputs.between(field, points, -MAX_POINTS, MAX_POINTS);
    }

    /** A required, positive number of points up to {@link #MAX_POINTS}. */
    static long positivePoints(String field, Long points) {
        if (points == null) {
            throw BadInput.required(field);
        }
        return Inputs.between(field, points, 1, MAX_POINTS);
    }

    @GetMapping("/catalog")
    Map<String, Object> catalog() {
        List<CatalogItem> items = catalog.items();
        return Map.of("items", items, "count", items.size());
    }

    record RedemptionRequest(String msisdn, String item, Integer quantity) {
    }

    @PostMapping("/redemptions")
    ResponseEntity<String> redeem(@RequestBody String body,
                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                  Authentication authentication) {
        CurrentUser reader = CurrentUser.of(authentication);
        return writes.create("redemption", key, body, ledgerKey -> {
            RedemptionRequest request = writes.read(body, RedemptionRequest.class);
            if (request.msisdn() == null || request.item() == null) {
                throw new io.manyi.loyalty.PointsRefused(422, "bad-request", "msisdn and item are required");
            }
            Inputs.msisdn("msisdn", request.msisdn());
            readers.checkScope(reader, request.msisdn(), "loyalty.redemption");
            Redemption done = redemptions.redeem(request.msisdn(), request.item(),
                    request.quantity() == null ? 1 : Inputs.between("quantity", request.quantity(), 1, 1000), ledgerKey,
                    reader.username());
            return new Redemption(done.id(), readers.show(reader, done.msisdn()), done.item(), done.quantity(),
                    done.points(), done.balance(), done.entryId());
        });
    }
}
