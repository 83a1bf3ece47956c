package io.manyi.platform.shell;

import io.manyi.platform.web.ProblemResponse;
import io.manyi.platform.web.Refusal;
import io.manyi.platform.web.RuleRefusal;
import io.manyi.platform.web.BadInput;
import io.manyi.platform.web.RequestIds;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Whatever no {@code @ExceptionHandler} answered: a {@link RuleRefusal} with its status, an
 * exception with a declared status ({@code @ResponseStatus}, Spring's own) with that, anything
 * else a 500 without internals (logged with the request id). A resolver after the advices rather
 * than an {@code @ExceptionHandler(Exception.class)}: advices of equal order have no reliable
 * order, and a catch-all could come before a feature's own handler. Security's exceptions pass,
 * for Spring Security's 401/403.
 */
final class LastResolver implements HandlerExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(LastResolver.class);

    private final ErrorPages pages;

    LastResolver(MessageSource messages) {
        this.pages = new ErrorPages(messages);
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException || response.isCommitted()) {
            return null;
        }
        HttpStatus status = status(e);
        String code = e instanceof Refusal refusal ? refusal.code() : status.is5xxServerError() ? "internal-error" : "refused";
        String detail;
        if (status.is5xxServerError()) {
            log.error("Unhandled failure of {} {}", request.getMethod(), request.getRequestURI(), e);
            detail = "The request could not be completed; quote request id " + RequestIds.current() + ".";
        } else if (e instanceof ErrorResponse answer && answer.getBody().getDetail() != null) {
            detail = answer.getBody().getDetail();
        } else {
            detail = e.getMessage() == null ? status.getReasonPhrase() : e.getMessage();
        }
        if (!ErrorPages.isApi(request)) {
            Locale locale = RequestContextUtils.getLocale(request);
            return pages.page(request, status, e instanceof BadInput bad ? pages.text(bad, locale) : null);
        }
        try {
            ProblemResponse.write(response, status.value(), detail, code);
        } catch (IOException | RuntimeException writing) {
            log.warn("Could not write the problem answer", writing);
        }
        return new ModelAndView();
    }

    private static HttpStatus status(Exception e) {
        Integer value = null;
        if (e instanceof Refusal refusal) {
            value = refusal.status();
        } else if (e instanceof ErrorResponse answer) {
            value = answer.getStatusCode().value();
        } else {
            ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
            value = declared == null ? null : declared.code().value();
        }
        HttpStatus known = value == null ? null : HttpStatus.resolve(value);
        return known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known;
    }
}
