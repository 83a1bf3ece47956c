package io.manyi.planadvice.web;

import io.manyi.planadvice.PlanAdvisories;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.RequestIds;
import io.manyi.subscriber.SubscriberNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/subscribers/{msisdn}/plan-advice} (docs/plan-advice.md). */
@RestController
class PlanAdviceApi {

    private final PlanAdvisories advisories;

    PlanAdviceApi(PlanAdvisories advisories) {
        this.advisories = advisories;
    }

    /** 200 with the advice; 404 for an unknown number or one without usage; 403 outside a manager's book. */
    @GetMapping("/api/v1/subscribers/{msisdn}/plan-advice")
    ResponseEntity<?> advice(@PathVariable String msisdn, Authentication authentication) {
        return advisories.forSubscriber(CurrentUser.of(authentication), msisdn)
                .<ResponseEntity<?>>map(a -> ResponseEntity.ok(PlanAdviceView.of(a)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem("No usage to advise on yet")));
    }

    @ExceptionHandler(SubscriberNotFound.class)
    ResponseEntity<ProblemDetail> notFound(SubscriberNotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(e.getMessage()));
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Not Found");
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }
}
