package io.manyi.loyalty.web;

import io.manyi.loyalty.MerchantPayments;
import io.manyi.loyalty.PointsRefused;
import io.manyi.loyalty.Settlement;
import io.manyi.loyalty.Settlements;
import io.manyi.platform.web.Inputs;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

    MerchantApi(MerchantPayments payments, Settlements settlements, IdempotentWrites writes) {
        this.payments = payments;
        this.settlements = settlements;
        this.writes = writes;
    }

    record AuthoriseRequest(String merchant, String msisdn, Long points) {
    }

    @PostMapping("/merchant-payments")
    @PreAuthorize("hasAnyRole('ADMIN','HALL_CLERK')")
    ResponseEntity<String> authorise(@RequestBody String body,
                                     @RequestHeader(name = LoyaltyApi.IDEMPOTENCY_KEY, required = false) String key,
                                     Authentication authentication) {
        return writes.create("merchant-authorise", key, body, ledgerKey -> {
            AuthoriseRequest request = writes.read(body, AuthoriseRequest.class);
            if (request.merchant() == null || request.msisdn() == null || request.points() == null) {
                throw new PointsRefused(422, "bad-request", "merchant, msisdn and points are required");
            }
            Inputs.msisdn("msisdn", request.msisdn());
            Inputs.text("merchant", request.merchant(), 64);
            return payments.authorise(request.merchant(), request.msisdn(), LoyaltyApi.positivePoints("points", request.points()),
                    ledgerKey,
                    authentication.getName());
        });
    }

    @PostMapping("/merchant-payments/{id}/capture")
    @PreAuthorize("hasAnyRole('ADMIN','HALL_CLERK')")
    ResponseEntity<String> capture(@PathVariable long id,
                                   @RequestHeader(name = LoyaltyApi.IDEMPOTENCY_KEY, required = false) String key,
                                   Authentication authentication) {
        return writes.create("merchant-capture", key, Long.toString(id),
                ledgerKey -> payments.capture(id, authentication.getName()));
    }

    @PostMapping("/merchant-payments/{id}/cancel")
    @PreAuthorize("hasAnyRole('ADMIN','HALL_CLERK')")
    ResponseEntity<String> cancel(@PathVariable long id,
                                  @RequestHeader(name = LoyaltyApi.IDEMPOTENCY_KEY, required = false) String key,
                                  Authentication authentication) {
        return writes.create("merchant-cancel", key, Long.toString(id),
                ledgerKey -> payments.cancel(id, authentication.getName()));
    }

    @GetMapping("/merchant-payments/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','HALL_CLERK','ANALYST')")
    Object authorisation(@PathVariable long id) {
        return payments.find(id);
    }

    @GetMapping("/settlements")
    @PreAuthorize("hasAnyRole('ADMIN','ANALYST')")
    Map<String, Object> settlements(@RequestParam String month) {
        List<Settlement> all = settlements.month(Inputs.month("month", month));
        return Map.of("month", month, "items", all);
    }

    @GetMapping(value = "/settlements/{merchant}", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @PreAuthorize("hasAnyRole('ADMIN','ANALYST')")
    ResponseEntity<?> settlement(@PathVariable String merchant, @RequestParam String month,
                                 @RequestParam(defaultValue = "json") String format) {
        Settlement settlement = settlements.of(merchant, Inputs.month("month", month));
        if (format.equalsIgnoreCase("csv")) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header("Content-Disposition", "attachment; filename=settlement-" + merchant + "-" + month + ".csv")
                    .body(settlements.csv(settlement));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(settlement);
    }
}
