package io.manyi.platform.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the password: too many wrong passwords for this account,
 * or from this address, lately (SignInThrottle). Answered 429 with {@code Retry-After}.
 */
public final class SignInThrottled extends AuthenticationException {

    private final long retryAfterSeconds;

    SignInThrottled(long retryAfterSeconds) {
        super("Too many failed sign-ins; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds until an attempt is considered again, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
