package io.manyi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class RememberedApiCredentialsTest {

    /** Accepts pm01/demo only, counting how often it is asked (each ask is a bcrypt check). */
    private final AtomicInteger checks = new AtomicInteger();
    private final AuthenticationProvider bcrypt = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication a) {
            checks.incrementAndGet();
            if (a.getName().equals("pm01") && "demo".equals(a.getCredentials())) {
                return UsernamePasswordAuthenticationToken.authenticated("pm01", null,
                        List.of(new SimpleGrantedAuthority("ROLE_PHONE_MANAGER")));
            }
            throw new BadCredentialsException("bad");
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    };

    private static Authentication login(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    @Test
    void aVerifiedPairIsAcceptedAgainWithoutAnotherBcryptCheck() {
        RememberedApiCredentials provider = new RememberedApiCredentials(bcrypt, Duration.ofMinutes(1));

        Authentication first = provider.authenticate(login("pm01", "demo"));
        Authentication second = provider.authenticate(login("pm01", "demo"));

        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
        assertThat(checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverAcceptedFromMemory() {
        RememberedApiCredentials provider = new RememberedApiCredentials(bcrypt, Duration.ofMinutes(1));
        provider.authenticate(login("pm01", "demo"));

        assertThatThrownBy(() -> provider.authenticate(login("pm01", "guess"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(login("pm01", "guess"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(3);
    }

    @Test
    void requestsArrivingTogetherShareOneCheck() throws Exception {
        AuthenticationProvider slowBcrypt = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication a) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return bcrypt.authenticate(a);
            }

            @Override
            public boolean supports(Class<?> type) {
                return true;
            }
        };
        RememberedApiCredentials provider = new RememberedApiCredentials(slowBcrypt, Duration.ofMinutes(1));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Authentication>> answers = new java.util.ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 20; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return provider.authenticate(login("pm01", "demo"));
                }));
            }
            start.countDown();
        }
        for (var answer : answers) {
            assertThat(answer.get().isAuthenticated()).isTrue();
        }
        assertThat(checks).hasValue(1);
    }

    @Test
    void afterTheTimeToLiveTheAccountIsCheckedAgain() {
        RememberedApiCredentials provider = new RememberedApiCredentials(bcrypt, Duration.ZERO);

        provider.authenticate(login("pm01", "demo"));
        provider.authenticate(login("pm01", "demo"));

        assertThat(checks).hasValue(2);
    }
}
