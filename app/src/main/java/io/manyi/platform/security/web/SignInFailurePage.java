package io.manyi.platform.security.web;

import io.manyi.platform.security.SignInThrottled;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The answer to a failed form sign-in. A wrong password goes back to {@code /login?error} as
 * before; a throttled one is answered in place with 429, {@code Retry-After} and the login page
 * saying how long to wait. It is rendered here, not redirected: a redirect would turn the 429
 * into a 200 page, and forwarding the POST to {@code /login} would sign in again.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // no pages in a CLI command
public class SignInFailurePage implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");
    private final ThymeleafViewResolver views;
    private final LocaleResolver locales;
    private final Environment environment;

    SignInFailurePage(ThymeleafViewResolver views, LocaleResolver locales, Environment environment) {
        this.views = views;
        this.locales = locales;
        this.environment = environment;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException, jakarta.servlet.ServletException {
        if (!(e instanceof SignInThrottled throttled)) {
            wrongPassword.onAuthenticationFailure(request, response, e);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
        // Outside the DispatcherServlet nobody has put the language resolver on the request yet.
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        Locale locale = locales.resolveLocale(request);
        try {
            View login = views.resolveViewName("login", locale);
            long minutes = (throttled.retryAfterSeconds() + 59) / 60;
            login.render(Map.of("throttledMinutes", minutes, "demo", LoginPage.demo(environment)), request, response);
        } catch (IOException | RuntimeException failure) {
            throw failure;
        } catch (Exception failure) {
            throw new IllegalStateException("The login page could not be rendered", failure);
        }
    }
}
