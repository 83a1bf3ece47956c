package io.manyi.platform.outbox;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.json.JsonMapper;

/**
 * An {@link Event}'s payload, the JSON object in {@code domain_events.payload}: the record's
 * components by name, without the ones stored in the row's columns ({@link Event.Subject},
 * {@link Event.BusinessMonth}); and the way back, from a row to its record. The JSON is the one the
 * features wrote by hand before the records (a number stays a number, a date {@code 2026-11-30}, a
 * month {@code 2026-10}), so that rows written before and after read the same
 * ({@code EventFormatIntegrationTest}).
 */
public final class EventJson {

    static final String SUBJECT = "subject";
    static final String BUSINESS_MONTH = "businessMonth";

    /** Properties a later producer may add are ignored by an earlier consumer. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private EventJson() {
    }

    /** The payload of {@code event}: a JSON object of its components but the row's own columns. */
    public static String payload(Event event) {
        return JSON.writeValueAsString(event);
    }

    /**
     * The record of a stored event.
     *
     * @throws Unreadable when the payload does not fit the record (a number where text is due, a
     *                    component the record needs is missing, no JSON object)
     */
    public static <E extends Event> E read(Class<E> type, String subject, YearMonth businessMonth, String payload) {
        InjectableValues.Std columns = new InjectableValues.Std()
                .addValue(SUBJECT, subject).addValue(BUSINESS_MONTH, businessMonth);
        try {
            return JSON.readerFor(type).with(columns).readValue(payload);
        } catch (JacksonException e) {
            throw new Unreadable(Event.name(type) + " " + payload + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The event types a consumer reads, by name. */
    public static Reader reader(List<Class<? extends Event>> types) {
        Map<String, Class<? extends Event>> byName = new LinkedHashMap<>();
        for (Class<? extends Event> type : types) {
            if (byName.put(Event.name(type), type) != null) {
                throw new IllegalArgumentException("two event types named " + Event.name(type));
            }
        }
        return new Reader(Map.copyOf(byName));
    }

    /** A consumer's event types: whether it reads a row's type, and the row's record. */
    public record Reader(Map<String, Class<? extends Event>> types) {

        public boolean reads(String name) {
            return types.containsKey(name);
        }

        /**
         * @throws IllegalArgumentException when the consumer does not read {@code name}
         * @throws Unreadable               when the payload does not fit the record
         */
        public Event read(String name, String subject, YearMonth businessMonth, String payload) {
            Class<? extends Event> type = types.get(name);
            if (type == null) {
                throw new IllegalArgumentException("not a type this consumer reads: " + name);
            }
            return EventJson.read(type, subject, businessMonth, payload);
        }
    }

    /** A stored event whose payload does not fit its record. */
    public static final class Unreadable extends IllegalArgumentException {

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
