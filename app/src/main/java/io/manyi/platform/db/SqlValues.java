package io.manyi.platform.db;

import java.sql.Timestamp;
import java.time.Instant;
import tools.jackson.databind.json.JsonMapper;

/** Values as JDBC parameters, for any feature: an instant as a timestamp, an object as JSON text. */
public final class SqlValues {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private SqlValues() {
    }

    /** The instant as a JDBC timestamp; null stays null. */
    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** The value as JSON text, for a {@code jsonb} column ({@code ?::jsonb}). */
    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
