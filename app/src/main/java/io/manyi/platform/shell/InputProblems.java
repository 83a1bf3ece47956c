package io.manyi.platform.shell;

import io.manyi.platform.web.InputReason;
import io.manyi.platform.web.JsonInputErrors;
import io.manyi.platform.web.BadInput;
import io.manyi.platform.web.RequestIds;


import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The platform's answer to bad input and to anything no feature handled, for every controller:
 * the API ({@code /api/**}, {@code /tmf-api/**}) gets an RFC 9457 problem whose {@code detail}
 * names the field and the reason ({@code month: must be a month YYYY-MM, got 'bad'}), pages get
 * an error page in the reader's language. No Java type, stack or oversized value leaves. Lowest
 * precedence: a feature's own advice answers its domain refusals first; what nobody handled goes to
 * {@link LastResolver} (docs/security.md, "Bad input").
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class InputProblems {

    private final ErrorPages pages;

    InputProblems(MessageSource messages) {
        this.pages = new ErrorPages(messages);
    }

    @ExceptionHandler(BadInput.class)
    Object badInput(BadInput e, HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.BAD_REQUEST, e.code(), e.getMessage(), e.field(), pages.text(e, locale));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, Locale locale) {
        return badInput(JsonInputErrors.mismatch(e), request, locale);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            MissingRequestValueException.class})
    Object missing(Exception e, HttpServletRequest request, Locale locale) {
        String name = switch (e) {
            case MissingServletRequestParameterException p -> p.getParameterName();
            case MissingServletRequestPartException p -> p.getRequestPartName();
            case org.springframework.web.bind.MissingRequestHeaderException h -> h.getHeaderName();
            case org.springframework.web.bind.MissingPathVariableException v -> v.getVariableName();
            default -> "parameter";
        };
        return badInput(BadInput.required(name), request, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request, Locale locale) {
        if (e.getCause() == null && String.valueOf(e.getMessage()).startsWith("Required request body is missing")) {
            return badInput(BadInput.required("body"), request, locale);
        }
        return badInput(JsonInputErrors.describe(e), request, locale);
    }

    @ExceptionHandler(BindException.class)
    Object invalid(BindException e, HttpServletRequest request, Locale locale) {
        FieldError first = e.getFieldError();
        String field = first == null ? e.getObjectName() : first.getField();
        String reason = first == null ? "is not valid" : first.getDefaultMessage();
        return badInput(new BadInput(field, InputReason.INVALID, null, reason), request, locale);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalid(HandlerMethodValidationException e, HttpServletRequest request, Locale locale) {
        var result = e.getParameterValidationResults().stream().findFirst();
        String field = result.map(r -> r.getMethodParameter().getParameterName()).orElse("parameter");
        String reason = result.map(r -> r.getResolvableErrors().stream().map(m -> m.getDefaultMessage())
                .collect(Collectors.joining("; "))).orElse("is not valid");
        return badInput(new BadInput(field, InputReason.INVALID, null, reason), request, locale);
    }

    @ExceptionHandler(MultipartException.class)
    Object notMultipart(MultipartException e, HttpServletRequest request, Locale locale) {
        return badInput(new BadInput("file", InputReason.FILE, null), request, locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        String allowed = e.getSupportedHttpMethods() == null ? "" : e.getSupportedHttpMethods().stream()
                .map(Object::toString).collect(Collectors.joining(", "));
        Object answer = answer(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "method: " + BadInput.echo(e.getMethod()) + " is not allowed here; allowed: " + allowed, "method", null);
        if (answer instanceof ResponseEntity<?> problem) {
            return ResponseEntity.status(problem.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header("Allow", allowed).body(problem.getBody());
        }
        return answer;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Content-Type: must be one of " + BadInput.echo(supported), "Content-Type", null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        String supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        return answer(request, HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                "Accept: this answer comes as " + BadInput.echo(supported), "Accept", null);
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object notFound(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "not-found", "path: nothing is here", null, null);
    }

    Object answer(HttpServletRequest request, HttpStatus status, String code, String detail, String field,
                          String pageText) {
        if (!ErrorPages.isApi(request)) {
            return pages.page(request, status, pageText);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
        problem.setProperty("requestId", RequestIds.current());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
