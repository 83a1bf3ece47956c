package io.manyi.platform.settings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator's settings, one JSON document per name, read into a record of the feature's own.
 * A feature keeps its defaults in code (the record's {@code defaults()}) and reads
 * {@code settings.get("tier.star-rules", StarRules.class, StarRules::defaults)}; an analyst's
 * change is stored here, with its history, and wins from then on.
 */
@Component
public class Settings {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public Settings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = JsonMapper.builder().findAndAddModules().build();
    }

    /** The stored value of {@code name}, or {@code defaults} when the operator never changed it. */
    public <T> T get(String name, Class<T> type, Supplier<T> defaults) {
        return stored(name).map(value -> json.readValue(value, type)).orElseGet(defaults);
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
    }
}
