package io.manyi.tier.web;

import io.manyi.platform.web.RequestIds;
import io.manyi.subscriber.SubscriberNotFound;
import io.manyi.tier.InvalidTierRules;
import io.manyi.tier.TierNotAssessed;
import io.manyi.tier.TierRunRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The tier API's errors as JSON problem details (403 comes from the security layer). */
@RestControllerAdvice(assignableTypes = TierApi.class)
class TierApiProblems {

    @ExceptionHandler({SubscriberNotFound.class, TierNotAssessed.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(InvalidTierRules.class)
    ProblemDetail invalid(InvalidTierRules e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(TierRunRefused.class)
    ProblemDetail conflict(TierRunRefused e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }
}
