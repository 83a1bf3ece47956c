package io.manyi.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic sends the password with every API request, and bcrypt costs about 70 ms of CPU per
 * check: a terminal posting a few hundred requests a second would spend both cores hashing.
 * This provider checks a username and password with bcrypt once, then remembers a salted
 * SHA-256 of that pair for {@code ttl}; a request with the same pair within that time is
 * accepted without bcrypt. A remembered pair whose account changed since (disabled, new roles or
 * password: {@code current} says so, from memory) is forgotten at once and checked again.
 * Only successes are remembered, so a wrong password always goes through bcrypt. Requests with
 * the same credentials that arrive while they are being checked wait for that one check.
 */
final class RememberedApiCredentials implements AuthenticationProvider {

    private record Remembered(byte[] digest, Authentication result, long expiresAtNanos) {
    }

    private final AuthenticationProvider bcryptChecked;
    private final Predicate<Authentication> current;
    private final long ttlNanos;
    private final byte[] salt = new byte[32]; // new per process: digests are useless outside it
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Authentication>> checking = new ConcurrentHashMap<>();

    RememberedApiCredentials(AuthenticationProvider bcryptChecked, Duration ttl) {
        this(bcryptChecked, ttl, authentication -> true);
    }

    RememberedApiCredentials(AuthenticationProvider bcryptChecked, Duration ttl, Predicate<Authentication> current) {
        this.bcryptChecked = bcryptChecked;
        this.current = current;
        this.ttlNanos = ttl.toNanos();
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (credentials == null) {
            return bcryptChecked.authenticate(authentication);
        }
        byte[] digest = digest(username, credentials.toString());
        Remembered known = remembered.get(username);
        long now = System.nanoTime();
        if (known != null && now - known.expiresAtNanos < 0 && MessageDigest.isEqual(known.digest, digest)) {
            if (current.test(known.result)) {
                return known.result;
            }
            remembered.remove(username, known); // the account changed: check it again, from its row
        }
        // One check per distinct credentials at a time: a terminal opening with a hundred requests
        // at once would otherwise run a hundred bcrypt checks and user lookups before the first
        // answer is remembered (and time out waiting for database connections under load).
        String flight = username + '\0' + HexFormat.of().formatHex(digest);
        CompletableFuture<Authentication> mine = new CompletableFuture<>();
        CompletableFuture<Authentication> running = checking.putIfAbsent(flight, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure; // the same credentials, the same refusal
                }
                throw e;
            }
        }
        try {
            Authentication result = bcryptChecked.authenticate(authentication);
            if (result != null && result.isAuthenticated()) {
                remembered.put(username, new Remembered(digest, result, System.nanoTime() + ttlNanos));
            }
            mine.complete(result);
            return result;
        } catch (RuntimeException failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            checking.remove(flight, mine);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private byte[] digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
