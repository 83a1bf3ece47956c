package io.manyi.loyalty.web;

import io.manyi.loyalty.PointsRefused;
import io.manyi.platform.web.RequestIds;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals outside an idempotent write (reads, bad JSON) as problem details. */
@RestControllerAdvice(basePackageClasses = LoyaltyProblems.class)
class LoyaltyProblems {

    @ExceptionHandler(PointsRefused.class)
    ProblemDetail refused(PointsRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.getMessage());
        problem.setProperty("code", e.code());
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }
}
