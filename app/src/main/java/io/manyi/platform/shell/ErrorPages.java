package io.manyi.platform.shell;

import io.manyi.platform.web.BadInput;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page of a page request that failed in a handler ({@code error}, worded by its status),
 * with the shell the layout needs (the interceptor that adds it does not run for an exception's
 * view), and for htmx only the message, to go in place of the fragment.
 */
final class ErrorPages {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/tmf-api/");
    }

    /** The reason of a {@link BadInput} in the reader's language: {@code month：应为年月 YYYY-MM（收到 'bad'）}. */
    String text(BadInput e, Locale locale) {
        Object[] args = Arrays.stream(e.args()).map(String::valueOf).map(BadInput::echo).toArray();
        String reason = messages.getMessage(e.reason().messageKey(), args, e.reason().english(args), locale);
        return e.given() == null ? messages.getMessage("input.field", new Object[] {e.field(), reason}, locale)
                : messages.getMessage("input.field.given", new Object[] {e.field(), reason, e.given()}, locale);
    }

    ModelAndView page(HttpServletRequest request, HttpStatus status, String text) {
        boolean htmx = request.getHeader("HX-Request") != null;
        ModelAndView page = new ModelAndView(htmx ? "error/fragment :: problem" : "error", status);
        page.addObject("status", status.value());
        page.addObject("problem", text);
        ShellModel.addTo(page.getModel());
        return page;
    }
}
