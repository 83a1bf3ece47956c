package io.manyi.platform.security.web;

import io.manyi.platform.security.SignInThrottled;
import io.manyi.platform.web.ProblemResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401, 403 and a throttled sign-in's 429 for the API as JSON problem details, never a login page.
 *
 * <p>The Basic challenge header is left out when the caller is a browser (it asks for HTML, or
 * is htmx/XHR): a browser would pop up its own password dialog. Scripts and HTTP libraries get
 * the standard challenge and may answer it.
 */
public final class ApiSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottled throttled) {
            // No Basic challenge: asking for the password again is exactly what must wait.
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            ProblemResponse.write(response, 429,
                    "Too many wrong passwords for this account or from this address: sign-in is refused, "
                            + "right or wrong, for " + throttled.retryAfterSeconds() + " more seconds.", null);
            return;
        }
        if (!fromBrowser(request)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"manyi\", charset=\"UTF-8\"");
        }
        ProblemResponse.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                "Sign in with HTTP Basic: a username and password from the users table.", null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String detail = e.getMessage() == null || e.getMessage().startsWith("Access Denied")
                ? "Your role does not allow this."
                : e.getMessage();
        ProblemResponse.write(response, HttpServletResponse.SC_FORBIDDEN, detail, null);
    }

    static boolean fromBrowser(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE))
                || request.getHeader("HX-Request") != null
                || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
    }
}
