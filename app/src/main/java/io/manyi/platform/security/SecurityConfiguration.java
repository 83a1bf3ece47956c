package io.manyi.platform.security;

import io.manyi.platform.Role;
import io.manyi.platform.security.web.ApiSecurityResponses;
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
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Two doors: the API ({@code /api/**}) takes HTTP Basic on every request, keeps no session and
 * needs no CSRF token; the pages take a form login with a session and CSRF protection. Either
 * way a user needs at least one known role: an account whose roles column names nothing we
 * know reaches nothing. docs/security.md describes the roles.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // CLI contexts have no HTTP
@EnableMethodSecurity
public class SecurityConfiguration {

    private static final String[] ANY_ROLE = Arrays.stream(Role.values()).filter(Role::isPerson).map(Role::name)
            .toArray(String[]::new);
    /** Who may ask the hotline route: the IVR's own credential, and the people who take calls. */
    private static final String[] HOTLINE_ROLES = {Role.IVR.name(), Role.AGENT.name(), Role.SUPERVISOR.name(),
            Role.ADMIN.name()};

    /** Same as the browser-side rule in the CSP: scripts and styles from our own origin only. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, UserDetailsService users, PasswordEncoder passwords,
                            ApplicationEventPublisher events, SignInThrottle throttle, AccountVersions versions,
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
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/audit/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/users/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/hotline/**").hasAnyRole(HOTLINE_ROLES)
                        .anyRequest().hasAnyRole(ANY_ROLE))
                .httpBasic(basic -> basic.authenticationEntryPoint(responses))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable()) // a stateless API has nothing to log out of
                .exceptionHandling(errors -> errors.authenticationEntryPoint(responses).accessDeniedHandler(responses));
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
                              AccountVersions versions, SignInFailurePage signInFailure) throws Exception {
        DaoAuthenticationProvider bcryptChecked = new DaoAuthenticationProvider(users);
        bcryptChecked.setPasswordEncoder(passwords);
        ProviderManager formAuthentication = new ProviderManager(new ThrottledAuthentication(bcryptChecked, throttle, "form"));
        formAuthentication.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        http.authenticationManager(formAuthentication)
                .addFilterAfter(new StaleSessionFilter(versions), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/assets/**", "/webjars/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/audit/**").hasRole(Role.ADMIN.name())
                        .anyRequest().hasAnyRole(ANY_ROLE))
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(signInAudit.successHandler())
                        .failureHandler(signInFailure) // 429 page when throttled
                        .permitAll())
                .logout(logout -> logout
                        .addLogoutHandler(signInAudit.logoutHandler())
                        .logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(htmxAwareLoginEntryPoint()))
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
