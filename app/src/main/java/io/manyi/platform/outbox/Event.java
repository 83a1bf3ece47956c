package io.manyi.platform.outbox;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.YearMonth;

/**
 * A fact another feature may react to: a record published with {@link Outbox#publish} in the
 * transaction of its cause, one row of {@code domain_events}. The record's components are its
 * payload (a JSON object, {@link EventJson}), except the ones marked {@link Subject} and
 * {@link BusinessMonth}, which are stored in the row's own columns instead.
 *
 * <p>Its {@link #name()}, the row's {@code type}, is the record's simple name, past tense
 * ({@code StarLevelChanged}); stored rows keep it, so a record is not renamed. The list of events,
 * their producers and consumers is in docs/moments.md ("Events").
 */
public interface Event {

    /** The row's {@code type}: the record's simple name. */
    default String name() {
        return name(getClass());
    }

    /** The row's {@code subject}: what the event is about, usually an MSISDN. */
    String subject();

    /** The row's {@code business_month}, or null. */
    YearMonth businessMonth();

    /** The row's {@code dedup_key}: publishing the same key again writes nothing. */
    String key();

    static String name(Class<? extends Event> type) {
        return type.getSimpleName();
    }

    /** The component stored as the row's {@code subject}, not in the payload. */
    @Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonIgnore
    @JacksonInject(value = EventJson.SUBJECT, useInput = OptBoolean.FALSE)
    @interface Subject {
    }

    /** The component stored as the row's {@code business_month}, not in the payload. */
    @Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonIgnore
    @JacksonInject(value = EventJson.BUSINESS_MONTH, useInput = OptBoolean.FALSE)
    @interface BusinessMonth {
    }
}
