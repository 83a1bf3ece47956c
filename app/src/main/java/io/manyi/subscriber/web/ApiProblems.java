package io.manyi.subscriber.web;

import io.manyi.platform.web.RequestIds;
import io.manyi.subscriber.SubscriberNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The subscriber API's errors as JSON problem details (403 comes from the security layer). */
@RestControllerAdvice(assignableTypes = SubscriberApi.class)
class ApiProblems {

    @ExceptionHandler(SubscriberNotFound.class)
    ProblemDetail notFound(SubscriberNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not Found");
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }
}
