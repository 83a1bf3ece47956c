package io.manyi.platform.security;

import io.manyi.platform.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Throttles sign-in after wrong passwords, per account and per client address, for the form and
 * HTTP Basic alike (docs/security.md, "Sign-in throttling"). After {@code account-failures} wrong
 * passwords for one account within {@code window}, every attempt for it, right or wrong, is
 * refused until the window passes; likewise {@code address-failures} from one address across
 * accounts.
 *
 * <p>The counters live in this server's memory: the check is two map lookups, cheap enough for
 * the API's hot path, and nothing is written on success. Several servers on one database each
 * count on their own (docs say so). The maps hold only keys with a failure in the window; a
 * failure costs a bcrypt check (about 70 ms of CPU), which bounds how fast they can grow.
 */
@Component
public class SignInThrottle {

    private final int accountLimit;
    private final int addressLimit;
    private final long windowMillis;
    private final Clock clock;
    private final AuditLog audit;
    private final Map<String, FailureWindow> accounts = new ConcurrentHashMap<>();
    private final Map<String, FailureWindow> addresses = new ConcurrentHashMap<>();
    private volatile long lastPurgeMillis;

    SignInThrottle(@Value("${manyi.security.sign-in.account-failures:10}") int accountLimit,
                   @Value("${manyi.security.sign-in.address-failures:50}") int addressLimit,
                   @Value("${manyi.security.sign-in.window:15m}") Duration window,
                   Clock clock, AuditLog audit) {
        if (accountLimit < 1 || addressLimit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("manyi.security.sign-in.*: the limits must be at least 1 and the window positive");
        }
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Refuses the attempt when its account or address is throttled.
     *
     * @param address the client address, null when unknown
     * @param door    "form" or "api", for the audit
     * @throws SignInThrottled with the seconds until it opens
     */
    void check(String username, String address, String door) {
        FailureWindow account = accounts.get(username);
        FailureWindow from = address == null ? null : addresses.get(address);
        if (account == null && from == null) {
            return; // the usual case: no recent failure at all, no clock read
        }
        long now = clock.millis();
        long accountWait = account == null ? 0 : account.blockedFor(now);
        long addressWait = from == null ? 0 : from.blockedFor(now);
        if (accountWait <= 0 && addressWait <= 0) {
            return;
        }
        // Audited once a minute per key, with the number refused since: a flood must not flood the log.
        FailureWindow blocking = accountWait > 0 ? account : from;
        long refused = blocking.refusedToAudit(now);
        if (refused > 0) {
            audit.record("anonymous", "login.throttled", username,
                    "by=" + (accountWait > 0 ? "account" : "address") + " address=" + address + " door=" + door
                            + " refused=" + refused);
        }
        long waitMillis = Math.max(accountWait, addressWait);
        throw new SignInThrottled(Math.max(1, (waitMillis + 999) / 1000));
    }

    /** Counts a wrong password (or an unknown name) for the account and the address. */
    void failed(String username, String address, String door) {
        long now = clock.millis();
        purgeNowAndThen(now);
        if (accounts.computeIfAbsent(username, k -> new FailureWindow(accountLimit, windowMillis)).fail(now)) {
            audit.record("anonymous", "login.throttle.started", username,
                    "by=account failures=" + accountLimit + " within=" + Duration.ofMillis(windowMillis)
                            + " address=" + address + " door=" + door);
        }
        if (address != null
                && addresses.computeIfAbsent(address, k -> new FailureWindow(addressLimit, windowMillis)).fail(now)) {
            audit.record("anonymous", "login.throttle.started", address,
                    "by=address failures=" + addressLimit + " within=" + Duration.ofMillis(windowMillis)
                            + " last-account=" + username + " door=" + door);
        }
    }

    /** Forgets every counter (tests; an operator's restart does the same). */
    void forgetAll() {
        accounts.clear();
        addresses.clear();
    }

    private void purgeNowAndThen(long now) {
        if (now - lastPurgeMillis < windowMillis) {
            return;
        }
        lastPurgeMillis = now;
        accounts.values().removeIf(w -> w.idle(now));
        addresses.values().removeIf(w -> w.idle(now));
    }
}
