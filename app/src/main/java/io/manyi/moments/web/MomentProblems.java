package io.manyi.moments.web;

import io.manyi.moments.InvalidMomentChange;
import io.manyi.moments.TaskRefused;
import io.manyi.platform.web.RequestIds;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals outside an idempotent write as problem details. */
@RestControllerAdvice(basePackageClasses = MomentProblems.class)
class MomentProblems {

    @ExceptionHandler(TaskRefused.class)
    ProblemDetail refused(TaskRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.getMessage());
        problem.setProperty("code", e.code());
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }

    @ExceptionHandler(InvalidMomentChange.class)
    ProblemDetail invalid(InvalidMomentChange e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("problems", e.problems());
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail missing(NoSuchElementException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }
}
