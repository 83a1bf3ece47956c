package io.manyi.loyalty.web;

import io.manyi.loyalty.Authorisation;
import io.manyi.loyalty.MerchantPayments;
import io.manyi.loyalty.PointsRefused;
import io.manyi.loyalty.Settlement;
import io.manyi.loyalty.Settlements;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.Inputs;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
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

/**
 * {@code /api/v1/loyalty/merchant-payments} (authorise, capture, cancel) and
 * {@code /api/v1/loyalty/settlements} (per merchant and month, JSON or CSV). A merchant terminal
 * signs in as a staff user with ADMIN or HALL_CLERK; docs/loyalty.md.
 */
@RestController
@RequestMapping("/api/v1/loyalty")
class MerchantApi {

    private final MerchantPayments payments;
    private final Settlements settlements;
    private final IdempotentWrites writes;
    private final LoyaltyReaders readers;

    MerchantApi(MerchantPayments payments, Settlements settlements, IdempotentWrites writes, LoyaltyReaders readers) {
        this.payments = payments;
        this.settlements = settlements;
        this.writes = writes;
        this.readers = readers;
    }

    record AuthoriseRequest(String merchant, String msisdn, Long points) {
    }

    @PostMapping("/merchant-payments")
    ResponseEntity<String> authorise(@RequestBody String body,
                                     @RequestHeader(name = LoyaltyApi.IDEMPOTENCY_KEY, required = false) String key,
                                     Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return writes.create("merchant-authorise", key, body, ledgerKey -> {
            AuthoriseRequest request = writes.read(body, AuthoriseRequest.class);
            if (request.merchant() == null || request.msisdn() == null || request.points() == null) {
                throw new PointsRefused(422, "bad-request", "merchant, msisdn and points are required");
            }
            Inputs.msisdn("msisdn", request.msisdn());
            Inputs.text("merchant", request.merchant(), 64);
            readers.checkScope(user, request.msisdn(), "loyalty.payment");
            return readers.shown(user, payments.authorise(request.merchant(), request.msisdn(),
                    LoyaltyApi.positivePoints("points", request.points()), ledgerKey, authentication.getName()));
        });
    }

    @PostMapping("/merchant-payments/{id}/capture")
    ResponseEntity<String> capture(@PathVariable long id,
                                   @RequestHeader(name = LoyaltyApi.IDEMPOTENCY_KEY, required = false) String key,
                                   Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return writes.create("merchant-capture", key, Long.toString(id),
                ledgerKey -> readers.shown(user, payments.capture(id, authentication.getName())));
    }

    @PostMapping("/merchant-payments/{id}/cancel")
    ResponseEntity<String> cancel(@PathVariable long id,
                                  @RequestHeader(name = LoyaltyApi.IDEMPOTENCY_KEY, required = false) String key,
                                  Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return writes.create("merchant-cancel", key, Long.toString(id),
                ledgerKey -> readers.shown(user, payments.cancel(id, authentication.getName())));
    }

    @GetMapping("/merchant-payments/{id}")

    Object authorisation(@PathVariable long id, Authentication authentication) {
        CurrentUser reader = CurrentUser.of(authentication);
        Authorisation found = payments.find(id);
        readers.audited(reader, "loyalty.payment.view", found.msisdn(), "authorisation " + id);
        return readers.shown(reader, found);
    }

    @GetMapping("/settlements")
    Map<String, Object> settlements(@RequestParam String month, Authentication authentication) {
        CurrentUser reader = CurrentUser.of(authentication);
        List<Settlement> all = settlements.month(Inputs.month("month", month));
        readers.auditedList(reader, "loyalty.settlement.list", "month=" + month,
                all.stream().flatMap(s -> readers.numbers(reader, s).stream()).toList());
        return Map.of("month", month, "items", all.stream().map(s -> readers.shown(reader, s)).toList());
    }

    @GetMapping(value = "/settlements/{merchant}", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> settlement(@PathVariable String merchant, @RequestParam String month,
                                 @RequestParam(defaultValue = "json") String format, Authentication authentication) {
        CurrentUser reader = CurrentUser.of(authentication);
        Settlement found = settlements.of(merchant, Inputs.month("month", month));
        readers.auditedList(reader, "loyalty.settlement.view", "merchant=" + merchant + " month=" + month + " format=" + format,
                readers.numbers(reader, found));
        Settlement settlement = readers.shown(reader, found);
        if (format.equalsIgnoreCase("csv")) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header("Content-Disposition", "attachment; filename=settlement-" + merchant + "-" + month + ".csv")
                    .body(settlements.csv(settlement));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(settlement);
    }
}
