package io.manyi.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts the sign-in throttle in front of a door's password check. It sits outside the remembered
 * API credentials on purpose: a throttled account is refused even with a pair remembered before.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider checked;
    private final SignInThrottle throttle;
    private final String door;

    ThrottledAuthentication(AuthenticationProvider checked, SignInThrottle throttle, String door) {
        this.checked = checked;
        this.throttle = throttle;
        this.door = door;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        // The servlet's remote address: behind a proxy, only Spring's forwarded-header handling
        // (configured by the operator) makes it the client's; X-Forwarded-For is not trusted here.
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        throttle.check(username, address, door);
        try {
            return checked.authenticate(authentication);
        } catch (BadCredentialsException wrong) { // also an unknown name: the provider hides which
            throttle.failed(username, address, door);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return checked.supports(authentication);
    }
}
