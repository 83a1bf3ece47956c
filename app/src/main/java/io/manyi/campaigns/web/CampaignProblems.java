package io.manyi.campaigns.web;

import io.manyi.campaigns.CampaignRefused;
import io.manyi.platform.web.RequestIds;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the campaign API outside an idempotent write, as problem details with a stable code. */
@RestControllerAdvice(basePackageClasses = CampaignProblems.class)
class CampaignProblems {

    @ExceptionHandler(CampaignRefused.class)
    ProblemDetail refused(CampaignRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.getMessage());
        problem.setProperty("code", e.code());
        if (!e.problems().isEmpty()) {
            problem.setProperty("problems", e.problems());
        }
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }
}
