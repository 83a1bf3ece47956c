package io.manyi.platform.settings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator's settings, one JSON document per name, read into a record of the feature's own.
 * A feature keeps its defaults in code (the record's {@code defaults()}) and reads
 * {@code settings.get("tier.star-rules", StarRules.class, StarRules::defaults)}; an analyst's
 * change is stored here, with its history, and wins from then on.
 *
 * <p>Values read are kept in memory for {@code manyi.settings.cache-ttl} (default 5 s; 0 keeps
 * nothing): hot paths (a redemption, a ticket, the hotline route) read their rules on every
 * request, and a settings row plus its JSON cost more than the rest of a redemption's lookups.
 * A change stored through {@link #put} is seen at once in this process (forgotten again after
 * the commit); a change by another process (a second server, the CLI, SQL) within the TTL.
 */
@Component
public class Settings {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final long ttlNanos;
    /** By name, then by type: the parsed value and when it expires. */
    private final Map<String, Map<Class<?>, Cached>> cache = new ConcurrentHashMap<>();

    private record Cached(Object value, long expiresAtNanos) {
    }

    public Settings(JdbcClient jdbc, Clock clock, @Value("${manyi.settings.cache-ttl:5s}") Duration ttl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = JsonMapper.builder().findAndAddModules().build();
        this.ttlNanos = ttl.toNanos();
    }

    /**
     * The stored value of {@code name}, or {@code defaults} when the operator never changed it.
     * The value may be shared with other callers: settings records are not to be changed in place.
     */
    public <T> T get(String name, Class<T> type, Supplier<T> defaults) {
        if (ttlNanos <= 0) {
            return read(name, type, defaults);
        }
        long now = System.nanoTime();
        Map<Class<?>, Cached> byType = cache.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
        Cached cached = byType.get(type);
        if (cached == null || now - cached.expiresAtNanos() >= 0) {
            // Two callers may both read at expiry; they read the same row, so either answer is right.
            cached = new Cached(read(name, type, defaults), now + ttlNanos);
            byType.put(type, cached);
        }
        return type.cast(cached.value());
    }

    private <T> T read(String name, Class<T> type, Supplier<T> defaults) {
        return stored(name).map(value -> json.readValue(value, type)).orElseGet(defaults);
    }

    /** Forgets every value read (tests that write settings rows with SQL). */
    public void forget() {
        cache.clear();
    }

    public Optional<String> stored(String name) {
        return jdbc.sql("select value::text from settings where name = ?").param(name).query(String.class).optional();
    }

    /** Stores {@code value} as the new setting {@code name}, keeping the change in the history. */
    @Transactional
    public <T> void put(String name, T value, String actor, String reason) {
        String document = json.writeValueAsString(value);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into settings (name, value, updated_by, updated_at) values (?, cast(? as jsonb), ?, ?)
                        on conflict (name) do update
                        set value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                        """)
                .params(name, document, actor, now).update();
        jdbc.sql("""
                        insert into settings_history (name, value, updated_by, updated_at, reason)
                        values (?, cast(? as jsonb), ?, ?, ?)
                        """)
                .params(name, document, actor, now, reason).update();
        forgetAfterCommit(name);
    }

    /** Forgets the name now and again after the commit: a reader between the two could cache the old row. */
    private void forgetAfterCommit(String name) {
        cache.remove(name);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.remove(name);
                }
            });
        }
    }
}
