package io.manyi.satisfaction.web;

import io.manyi.platform.web.JsonInputErrors;
import io.manyi.platform.web.Problems;
import io.manyi.satisfaction.SurveyRefused;
import io.manyi.subscriber.SubscriberNotFound;
import io.manyi.subscriber.SubscriberOutOfScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The survey and callback API's refusals as problem details with a stable {@code code}. */
@RestControllerAdvice(assignableTypes = {SurveyApi.class, SurveyResultsApi.class})
class SurveyProblems {

    @ExceptionHandler(SurveyRefused.class)
    ProblemDetail refused(SurveyRefused e) {
        return Problems.of(HttpStatus.valueOf(e.status()), e.code(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body", JsonInputErrors.describe(e).getMessage());
    }

    // the exception's own message may name the number: the answer does not repeat it
    @ExceptionHandler(SubscriberNotFound.class)
    ProblemDetail noSubscriber(SubscriberNotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "unknown-subscriber", "no subscriber with this number");
    }

    @ExceptionHandler(SubscriberOutOfScope.class)
    ProblemDetail outOfScope(SubscriberOutOfScope e) {
        return Problems.of(HttpStatus.FORBIDDEN, "out-of-scope", "this subscriber is not in your book");
    }
}
