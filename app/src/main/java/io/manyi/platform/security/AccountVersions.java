package io.manyi.platform.security;

import io.manyi.platform.security.internal.UserTable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The newest version of each account this server knows of, refreshed by a cheap poll of the
 * rows changed recently ({@code manyi.security.account-changes.poll}, default 1 s). A session or a
 * remembered API credential made from an older version is stale: the account was disabled, or its
 * roles or password changed, here or by the CLI in another process.
 *
 * <p>Requests ask {@link #isCurrent} only, a map lookup: the API's hot path makes no query of its
 * own. The poll asks for rows whose {@code changed_at} is later than the previous poll's database
 * time less {@link #LOOK_BACK}: {@code changed_at} is the writing transaction's start, and a
 * transaction that commits after a poll began must still be seen by the next one.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // the CLI serves no session
public class AccountVersions implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AccountVersions.class);
    private static final Duration LOOK_BACK = Duration.ofMinutes(1);

    private final UserTable table;
    private final Duration every;
    private final Map<String, Long> newest = new ConcurrentHashMap<>();
    private volatile OffsetDateTime since = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private ScheduledExecutorService poller;

    AccountVersions(UserTable table, @Value("${manyi.security.account-changes.poll:1s}") Duration every) {
        this.table = table;
        this.every = every;
    }

    /** False when the account's row changed after {@code authentication} was made from it. */
    public boolean isCurrent(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof AccountUser account)) {
            return true; // not made from the users table (tests' mock users): nothing to compare
        }
        Long known = newest.get(account.getUsername());
        return known == null || account.version() >= known;
    }

    /** One poll: remembers the newest versions of the rows changed lately. */
    void poll() {
        UserTable.Changes changes = table.changedSince(since);
        changes.versions().forEach((username, version) -> newest.merge(username, version, Math::max));
        since = changes.polledAt().minus(LOOK_BACK);
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            // The database may be restarting; the next poll asks for the same window again.
            log.warn("Could not poll for account changes: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "account-changes");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::pollQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }
}
