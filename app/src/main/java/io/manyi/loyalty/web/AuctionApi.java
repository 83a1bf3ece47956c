package io.manyi.loyalty.web;

import io.manyi.loyalty.Auction;
import io.manyi.loyalty.Auctions;
import io.manyi.loyalty.Liability;
import io.manyi.loyalty.PointsRefused;
import io.manyi.loyalty.Transfers;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.Inputs;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RestController;

/** Auctions, transfers and the liability report under {@code /api/v1/loyalty} (docs/loyalty.md). */
@RestController
@RequestMapping("/api/v1/loyalty")
class AuctionApi {

    private final Auctions auctions;
    private final Transfers transfers;
    private final Liability liability;
    private final IdempotentWrites writes;
    private final LoyaltyReaders readers;

    AuctionApi(Auctions auctions, Transfers transfers, Liability liability, IdempotentWrites writes, LoyaltyReaders readers) {
        this.auctions = auctions;
        this.transfers = transfers;
        this.liability = liability;
        this.writes = writes;
        this.readers = readers;
    }

    record AuctionRequest(String titleZh, String titleEn, Long reserve, Instant endsAt) {
    }

    @PostMapping("/auctions")
    ResponseEntity<String> create(@RequestBody String body,
                                  @RequestHeader(name = LoyaltyApi.IDEMPOTENCY_KEY, required = false) String key) {
        return writes.create("auction-create", key, body, ledgerKey -> {
            AuctionRequest request = writes.read(body, AuctionRequest.class);
            Inputs.text("titleZh", request.titleZh(), 200);
            Inputs.text("titleEn", request.titleEn(), 200);
            return auctions.create(request.titleZh(), request.titleEn(),
                    request.reserve() == null ? 0 : Inputs.between("reserve", request.reserve(), 0, LoyaltyApi.MAX_POINTS),
                    request.endsAt());
        });
    }

    @GetMapping("/auctions")
    Map<String, Object> list(Authentication authentication) {
        CurrentUser reader = CurrentUser.of(authentication);
        List<Auction> found = auctions.list(100);
        readers.auditedList(reader, "loyalty.auction.list", "limit=100",
                found.stream().flatMap(a -> readers.numbers(reader, a).stream()).toList());
        List<Auction> items = found.stream().map(a -> readers.shown(reader, a)).toList();
        return Map.of("items", items, "count", items.size());
    }

    @GetMapping("/auctions/{id}")
    Auction auction(@PathVariable long id, Authentication authentication) {
        CurrentUser reader = CurrentUser.of(authentication);
        Auction found = auctions.find(id);
        readers.auditedList(reader, "loyalty.auction.view", "auction " + id, readers.numbers(reader, found));
        return readers.shown(reader, found);
    }

    record BidRequest(String msisdn, Long points) {
    }

    @PostMapping("/auctions/{id}/bids")
    ResponseEntity<String> bid(@PathVariable long id, @RequestBody String body,
                               @RequestHeader(name = LoyaltyApi.IDEMPOTENCY_KEY, required = false) String key,
                               Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return writes.create("auction-bid", key, id + "\n" + body, ledgerKey -> {
            BidRequest request = writes.read(body, BidRequest.class);
            if (request.msisdn() == null || request.points() == null) {
                throw new PointsRefused(422, "bad-request", "msisdn and points are required");
            }
            Inputs.msisdn("msisdn", request.msisdn());
            readers.checkScope(user, request.msisdn(), "loyalty.bid");
            return readers.shown(user, auctions.bid(id, request.msisdn(), LoyaltyApi.positivePoints("points", request.points()),
                    ledgerKey, user.username()));
        });
    }

    @PostMapping("/auctions/{id}/close")
    ResponseEntity<String> close(@PathVariable long id,
                                 @RequestHeader(name = LoyaltyApi.IDEMPOTENCY_KEY, required = false) String key,
                                 Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return writes.create("auction-close", key, Long.toString(id),
                ledgerKey -> readers.shown(user, auctions.close(id, authentication.getName())));
    }

    record TransferRequest(String from, String to, Long points, String reason) {
    }

    @PostMapping("/transfers")
    ResponseEntity<String> transfer(@RequestBody String body,
                                    @RequestHeader(name = LoyaltyApi.IDEMPOTENCY_KEY, required = false) String key,
                                    Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return writes.create("transfer", key, body, ledgerKey -> {
            TransferRequest request = writes.read(body, TransferRequest.class);
            Inputs.msisdn("from", request.from());
            Inputs.msisdn("to", request.to());
            Inputs.text("reason", request.reason(), LoyaltyApi.MAX_REASON);
            return readers.shown(user, transfers.transfer(request.from(), request.to(),
                    LoyaltyApi.positivePoints("points", request.points()), request.reason(), ledgerKey,
                    authentication.getName()));
        });
    }

    @GetMapping("/liability")
    Liability.Report liability() {
        return liability.report();
    }
}
