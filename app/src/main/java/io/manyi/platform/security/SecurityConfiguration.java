package io.manyi.platform.security;

import io.manyi.platform.Role;
import io.manyi.platform.security.web.ApiSecurityResponses;
import io.manyi.platform.security.web.AuditedAccessDenied;
import io.manyi.platform.security.web.RefusalAudit;
import io.manyi.platform.security.web.SignInFailurePage;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Two doors: the API ({@code /api/**}) takes HTTP Basic on every request, keeps no session and
 * needs no CSRF token; the pages take a form login with a session and CSRF protection. Either
 * way a user needs at least one known role: an account whose roles column names nothing we
 * know reaches nothing. Which role may call which endpoint is the {@link AccessPolicy}, enforced
 * by {@code AccessPolicyCheck}; every refusal is audited. docs/security.md describes the roles.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // CLI contexts have no HTTP
public class SecurityConfiguration {

    /** The roles people hold: the pages' door. The IVR, a machine, signs in to no page. */
    private static final String[] PERSON_ROLES = Arrays.stream(Role.values()).filter(Role::isPerson).map(Role::name)
            .toArray(String[]::new);
    /** Every known role: the API's door. What each may call there is the {@link AccessPolicy}'s. */
    private static final String[] KNOWN_ROLES = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

    /** Same as the browser-side rule in the CSP: scripts and styles from our own origin only. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, UserDetailsService users, PasswordEncoder passwords,
                            ApplicationEventPublisher events, SignInThrottle throttle, AccountVersions versions,
                            RefusalAudit refusals,
                            @Value("${manyi.security.api-credentials-ttl:60s}") Duration credentialsTtl)
            throws Exception {
        ApiSecurityResponses responses = new ApiSecurityResponses();
        DaoAuthenticationProvider bcryptChecked = new DaoAuthenticationProvider(users);
        bcryptChecked.setPasswordEncoder(passwords);
        // Throttle first (even a remembered pair waits), then remembered pairs of unchanged accounts, then bcrypt.
        ProviderManager apiAuthentication = new ProviderManager(new ThrottledAuthentication(
                new RememberedApiCredentials(bcryptChecked, credentialsTtl, versions::isCurrent), throttle, "api"));
        apiAuthentication.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events)); // failures are audited
        http.securityMatcher("/api/**", "/tmf-api/**") // TMF621 (complaints) takes HTTP Basic too
                .authenticationManager(apiAuthentication)
                // A known role at the door; the endpoint's own decision is AccessPolicyCheck's, once MVC chose it.
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(KNOWN_ROLES))
                .httpBasic(basic -> basic.authenticationEntryPoint(responses))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable()) // a stateless API has nothing to log out of
                .exceptionHandling(errors -> errors.authenticationEntryPoint(responses)
                        .accessDeniedHandler(new AuditedAccessDenied(responses, refusals)));
        return http.build();
    }

    /**
     * No Micrometer observation per security filter per request: with observations merely switched
     * off ({@code management.observations.enable.spring.security=false}) every filter was still
     * wrapped by the observation decorator, about a tenth of a redemption's server CPU (JFR).
     */
    @Bean
    static SecurityObservationSettings noSecurityFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignInAudit signInAudit, UserDetailsService users,
                              PasswordEncoder passwords, ApplicationEventPublisher events, SignInThrottle throttle,
                              AccountVersions versions, SignInFailurePage signInFailure, RefusalAudit refusals)
            throws Exception {
        DaoAuthenticationProvider bcryptChecked = new DaoAuthenticationProvider(users);
        bcryptChecked.setPasswordEncoder(passwords);
        ProviderManager formAuthentication = new ProviderManager(new ThrottledAuthentication(bcryptChecked, throttle, "form"));
        formAuthentication.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        http.authenticationManager(formAuthentication)
                .addFilterAfter(new StaleSessionFilter(versions), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/assets/**", "/webjars/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasAnyRole(PERSON_ROLES))
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(signInAudit.successHandler())
                        .failureHandler(signInFailure) // 429 page when throttled
                        .permitAll())
                .logout(logout -> logout
                        .addLogoutHandler(signInAudit.logoutHandler())
                        .logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(htmxAwareLoginEntryPoint())
                        .accessDeniedHandler(new AuditedAccessDenied(new AccessDeniedHandlerImpl(), refusals)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /**
     * An htmx request whose session expired must not get the login page swapped into a table
     * cell: it gets 401 and tells htmx to load the login page as a whole page.
     */
    private static AuthenticationEntryPoint htmxAwareLoginEntryPoint() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, e) -> {
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                login.commence(request, response, e);
            }
        };
    }
}
