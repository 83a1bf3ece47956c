package io.manyi.churn.web;

import io.manyi.churn.ChurnNotScored;
import io.manyi.churn.RiskProfiles;
import io.manyi.churn.SubscriberRisk;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.RequestIds;
import io.manyi.subscriber.SubscriberNotFound;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/subscribers/{msisdn}/risk}: the latest churn risk, reasons in the request's
 * language ({@code ?lang=en}; Chinese by default). The field names are a contract (issue 4).
 */
@RestController
class RiskApi {

    private final RiskProfiles profiles;

    RiskApi(RiskProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/api/v1/subscribers/{msisdn}/risk")
    SubscriberRisk risk(@PathVariable String msisdn, Locale locale, Authentication authentication) {
        return profiles.of(CurrentUser.of(authentication), msisdn, locale);
    }

    @ExceptionHandler({SubscriberNotFound.class, ChurnNotScored.class})
    ProblemDetail notFound(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not Found");
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }
}
